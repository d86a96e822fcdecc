// GET /api/v1/stances and /api/v1/stances/{id}: the explorer's filters as query parameters, keyset pagination,
// published-only for anonymous callers, in-review records (marked) for a researcher's token, CSV on request.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as list } from "@/app/api/v1/stances/route";
import { GET as one } from "@/app/api/v1/stances/[id]/route";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/api-tokens/mutations";
import { seedDemo } from "@/prisma/seed/demo";
import { seedUnpublishedRecords, type UnpublishedRecords } from "../fixtures/unpublished-records";
import { createUser } from "../support/users";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => null }));

let hidden: UnpublishedRecords;
let token: string;
let address = 0;

beforeAll(async () => {
  await seedDemo(db);
  hidden = await seedUnpublishedRecords(db);
  token = (await createApiToken(await createUser(db, { role: "researcher" }), { name: "tests" })).token;
}, 120_000);

// Each request from its own address, so the anonymous rate limit never interferes with these tests.
const get = (query = "", headers: Record<string, string> = {}) =>
  list(
    new Request(`http://localhost/api/v1/stances${query}`, {
      headers: { "x-forwarded-for": `10.0.0.${++address % 250}`, ...headers },
    }),
    {
      params: Promise.resolve({}),
    },
  );
const getOne = (id: string, headers: Record<string, string> = {}) =>
  one(new Request(`http://localhost/api/v1/stances/${id}`, { headers }), { params: Promise.resolve({ id }) });

interface Row {
  id: number;
  status: string;
  statedOn: string;
  quoteId: number;
  holderCountry: string;
  speakerCountry: string | null;
  dimension: string;
  position: string;
  attribution: string;
}

async function all(query: string, headers: Record<string, string> = {}): Promise<Row[]> {
  const rows: Row[] = [];
  let cursor: string | null = null;
  do {
    const response = await get(`?${query}&limit=7${cursor ? `&cursor=${cursor}` : ""}`, headers);
    expect(response.status).toBe(200);
    const page = (await response.json()) as { data: Row[]; next: string | null };
    rows.push(...page.data);
    cursor = page.next;
  } while (cursor);
  return rows;
}

describe("GET /api/v1/stances", () => {
  it("returns { data, next } newest statement first", async () => {
    const response = await get();
    expect(response.status).toBe(200);
    const page = (await response.json()) as { data: Row[]; next: string | null };
    expect(page.data.length).toBeGreaterThan(10);
    expect(page.next).toBeNull();
    const keys = page.data.map((row) => `${row.statedOn}#${String(row.id).padStart(9, "0")}`);
    expect(keys).toEqual([...keys].sort().reverse());
    expect(page.data[0]).toMatchObject({ status: "published" });
  });

  it("pages by cursor and returns every row exactly once", async () => {
    const whole = ((await (await get("?limit=500")).json()) as { data: Row[] }).data;
    const paged = await all("");
    expect(paged.map((row) => row.id)).toEqual(whole.map((row) => row.id));
    expect(new Set(paged.map((row) => row.id)).size).toBe(paged.length);
  });

  it("filters by the explorer's parameters", async () => {
    const china = await all("holderCountry=cn&dimension=instrument");
    expect(china.length).toBeGreaterThan(0);
    expect(china.every((row) => row.holderCountry === "CN" && row.dimension === "instrument")).toBe(true);

    const treaty = await all("position=treaty");
    expect(treaty.length).toBeGreaterThan(0);
    expect(treaty.every((row) => row.position === "treaty")).toBe(true);

    const analysts = await all("attribution=analyst");
    expect(analysts.every((row) => row.attribution === "analyst")).toBe(true);

    const in2018 = await all("statedFrom=2018-01-01&statedTo=2018-12-31");
    expect(in2018.length).toBeGreaterThan(0);
    expect(in2018.every((row) => row.statedOn.startsWith("2018"))).toBe(true);

    const text = await all("q=peace%20treaty");
    expect(text.length).toBeGreaterThan(0);
  });

  it("answers 400 naming each bad parameter, never a 500", async () => {
    const response = await get("?limit=9000&statedFrom=yesterday&holderCountry=K1&colour=red&cursor=abc");
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; fields: Record<string, string[]> } };
    expect(body.error.code).toBe("INVALID_INPUT");
    expect(Object.keys(body.error.fields).sort()).toEqual(["colour", "holderCountry", "limit", "statedFrom"]);

    const cursor = await get("?cursor=abc");
    expect(cursor.status).toBe(400);
    expect(((await cursor.json()) as { error: { fields: object } }).error.fields).toHaveProperty("cursor");

    const unknown = await get("?holderCountry=XX&person=nobody-at-all");
    expect(unknown.status).toBe(400);
    expect(Object.keys(((await unknown.json()) as { error: { fields: object } }).error.fields).sort()).toEqual([
      "holderCountry",
      "person",
    ]);

    const order = await get("?statedFrom=2021-01-01&statedTo=2020-01-01");
    expect(order.status).toBe(400);
  });

  it("never shows an anonymous caller records in review, draft, returned or deleted", async () => {
    const rows = await all("");
    const quoteIds = new Set(rows.map((row) => row.quoteId));
    for (const id of Object.values(hidden.quoteIds)) expect(quoteIds.has(id)).toBe(false);
    expect(rows.every((row) => row.status === "published")).toBe(true);
  });

  it("shows a researcher's token the records in review, marked in_review, and nothing else unpublished", async () => {
    const rows = await all("", { authorization: `Bearer ${token}` });
    const inReview = rows.filter((row) => row.quoteId === hidden.quoteIds.inReview);
    expect(inReview.length).toBeGreaterThan(0);
    expect(inReview.every((row) => row.status === "in_review")).toBe(true);
    const { inReview: _shown, ...neverShown } = hidden.quoteIds;
    for (const id of Object.values(neverShown)) expect(rows.some((row) => row.quoteId === id)).toBe(false);
  });

  it("refuses a malformed or unknown token with 401", async () => {
    expect((await get("", { authorization: "Bearer nope" })).status).toBe(401);
    expect((await get("", { authorization: `Bearer stk_${"A".repeat(43)}` })).status).toBe(401);
  });

  it("answers CSV with the header row first and Hangul intact, by Accept or by ?format=csv; a BOM only with bom=1", async () => {
    // The outlet of every published article, in Hangul: the name must come through the CSV byte for byte.
    const { outletId } = ((await (await get("?limit=1")).json()) as { data: { outletId: number }[] }).data[0];
    await db.outlet.update({ where: { id: outletId }, data: { name: "조선일보" } });
    for (const response of [await get("?limit=500", { accept: "text/csv" }), await get("?format=csv&limit=500")]) {
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
      const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
      expect(text.split("\r\n")[0]).toBe(
        "id,status,statedOn,dimension,dimensionLabel,position,positionLabel,holderCountry,holderCountryName,speakerCountry,speakerCountryName,speaker,speakerName,attribution,quoteId,quoteText,articleId,articleTitle,articlePublishedOn,outletId,outlet,sourceUrl,note,statementId,statedOnPrecision,statedOnReported,speakerKind,strength,updatedAt",
      );
    }
    const csv = new TextDecoder().decode(await (await get("?format=csv&limit=500")).arrayBuffer());
    expect(csv).toContain(",조선일보,");
    const forExcel = new Uint8Array(await (await get("?format=csv&limit=5&bom=1")).arrayBuffer());
    expect([...forExcel.slice(0, 5)]).toEqual([0xef, 0xbb, 0xbf, ..."id".split("").map((c) => c.charCodeAt(0))]);
  });
});

describe("GET /api/v1/stances/{id}", () => {
  it("returns one stance, 404 for an unknown or hidden id, 400 for a malformed one", async () => {
    const first = ((await (await get("?limit=1")).json()) as { data: Row[] }).data[0];
    const response = await getOne(String(first.id));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: first.id, status: "published" });

    expect((await getOne("999999")).status).toBe(404);
    const hiddenStance = await db.stance.findFirstOrThrow({ where: { quoteId: hidden.quoteIds.inReview } });
    expect((await getOne(String(hiddenStance.id))).status).toBe(404);
    const withToken = await getOne(String(hiddenStance.id), { authorization: `Bearer ${token}` });
    expect(withToken.status).toBe(200);
    expect(await withToken.json()).toMatchObject({ status: "in_review" });
    expect((await getOne("abc")).status).toBe(400);
  });
});
