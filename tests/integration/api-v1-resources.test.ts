// GET /api/v1/{articles,quotes,country-stances,countries,people,dimensions} and their /{id}: every endpoint on
// the demo data, published-only for anonymous callers, in-review records marked for a token, 404 and 400.
import { beforeAll, describe, expect, it, vi } from "vitest";
import * as articles from "@/app/api/v1/articles/route";
import * as article from "@/app/api/v1/articles/[id]/route";
import * as quotes from "@/app/api/v1/quotes/route";
import * as quote from "@/app/api/v1/quotes/[id]/route";
import * as countryStances from "@/app/api/v1/country-stances/route";
import * as countryStance from "@/app/api/v1/country-stances/[id]/route";
import * as countries from "@/app/api/v1/countries/route";
import * as country from "@/app/api/v1/countries/[id]/route";
import * as people from "@/app/api/v1/people/route";
import * as person from "@/app/api/v1/people/[id]/route";
import * as dimensions from "@/app/api/v1/dimensions/route";
import * as dimension from "@/app/api/v1/dimensions/[id]/route";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/api-tokens/mutations";
import { seedDemo } from "@/prisma/seed/demo";
import { seedArticle } from "@/prisma/seed/articles";
import {
  HIDDEN_PERSON_SLUG,
  MARKER,
  PUBLIC_TEXT_MARKER,
  seedUnpublishedRecords,
  type UnpublishedRecords,
} from "../fixtures/unpublished-records";
import { createUser } from "../support/users";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => null }));

type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;
let hidden: UnpublishedRecords;
let auth: Record<string, string>;
let address = 0;

beforeAll(async () => {
  await seedDemo(db);
  hidden = await seedUnpublishedRecords(db);
  auth = {
    authorization: `Bearer ${(await createApiToken(await createUser(db, { role: "researcher" }), { name: "t" })).token}`,
  };
}, 120_000);

async function call(
  handler: Handler,
  path: string,
  params: Record<string, string> = {},
  headers: Record<string, string> = {},
) {
  const response = await handler(
    new Request(`http://localhost${path}`, { headers: { "x-forwarded-for": `10.1.0.${++address % 250}`, ...headers } }),
    {
      params: Promise.resolve(params as never),
    },
  );
  return {
    status: response.status,
    body: (await response.json()) as { data: Record<string, unknown>[]; next: string | null } & Record<string, unknown>,
  };
}

async function pageThrough(handler: Handler, path: string, headers: Record<string, string> = {}) {
  const rows: Record<string, unknown>[] = [];
  let cursor: string | null = null;
  do {
    const { status, body } = await call(
      handler,
      `${path}${path.includes("?") ? "&" : "?"}limit=2${cursor ? `&cursor=${cursor}` : ""}`,
      {},
      headers,
    );
    expect(status).toBe(200);
    rows.push(...body.data);
    cursor = body.next;
  } while (cursor);
  return rows;
}

describe("GET /api/v1/articles", () => {
  it("lists published articles by page, every one once; a token also sees articles holding quotes in review", async () => {
    const rows = await pageThrough(articles.GET as Handler, "/api/v1/articles");
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    expect(rows.some((row) => row.id === hidden.draftArticleId)).toBe(false);
    expect(JSON.stringify(rows)).not.toContain(MARKER);
    const withToken = await pageThrough(articles.GET as Handler, "/api/v1/articles", auth);
    expect(withToken.some((row) => row.id === hidden.draftArticleId)).toBe(false); // its only quotes are draft/published-in-draft
  });
  it("GET /api/v1/articles/{id} returns the article with its body; 404 for a draft", async () => {
    const first = (await call(articles.GET as Handler, "/api/v1/articles?limit=1")).body.data[0];
    const found = await call(article.GET as Handler, `/api/v1/articles/${first.id}`, { id: String(first.id) });
    expect(found.status).toBe(200);
    expect(typeof found.body.body).toBe("string");
    expect(
      (
        await call(article.GET as Handler, `/api/v1/articles/${hidden.draftArticleId}`, {
          id: String(hidden.draftArticleId),
        })
      ).status,
    ).toBe(404);
    expect((await call(articles.GET as Handler, "/api/v1/articles?publishedFrom=2020-13-01")).status).toBe(400);
  });
});

describe("GET /api/v1/articles?q=", () => {
  it("matches English words by their stem (the stored search vector), page after page, published only", async () => {
    const rows = await pageThrough(articles.GET as Handler, "/api/v1/articles?q=declarations");
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    const bodies = await db.article.findMany({ where: { id: { in: rows.map((row) => row.id as number) } } });
    for (const found of bodies) {
      expect(found.status).toBe("published");
      expect(`${found.title} ${found.body}`).toMatch(/declar/i);
    }
    const dated = rows.map((row) => String(row.publishedOn));
    expect(dated).toEqual([...dated].sort().reverse());
  });
  it("finds a published article's words and never a draft's, anonymous or with a token", async () => {
    const found = await pageThrough(articles.GET as Handler, `/api/v1/articles?q=${PUBLIC_TEXT_MARKER}`);
    expect(found.map((row) => row.title)).toEqual(["A published article with unpublished quotes"]);
    expect(await pageThrough(articles.GET as Handler, `/api/v1/articles?q=${MARKER}`)).toEqual([]);
    expect(await pageThrough(articles.GET as Handler, `/api/v1/articles?q=${MARKER}`, auth)).toEqual([]);
  });
  it("matches Korean and Chinese terms as substrings of the title or body", async () => {
    const korean = await seedArticle(db, {
      title: "종전선언 논의",
      body: `한미 양국은 종전선언 문안을 협의했다. 朝鲜半岛和平协定 ${crypto.randomUUID()}`,
      publishedOn: "2021-10-27",
      status: "published",
    });
    for (const q of ["종전선언", "和平协定", "종전 협의"]) {
      const rows = await pageThrough(articles.GET as Handler, `/api/v1/articles?q=${encodeURIComponent(q)}`);
      expect(rows.map((row) => row.id)).toContain(korean.id);
    }
    expect(await pageThrough(articles.GET as Handler, `/api/v1/articles?q=${encodeURIComponent("평화협정")}`)).toEqual(
      [],
    );
  });
});

describe("GET /api/v1/quotes", () => {
  it("lists published quotes with their stances and filters like the explorer", async () => {
    const rows = await pageThrough(quotes.GET as Handler, "/api/v1/quotes?holderCountry=CN");
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows)
      expect((row.stances as { holderCountry: string }[]).some((stance) => stance.holderCountry === "CN")).toBe(true);
    const everything = await pageThrough(quotes.GET as Handler, "/api/v1/quotes");
    for (const id of Object.values(hidden.quoteIds)) expect(everything.some((row) => row.id === id)).toBe(false);
  });
  it("GET /api/v1/quotes/{id}: 404 for a quote in review, unless a token asks (marked in_review)", async () => {
    const id = String(hidden.quoteIds.inReview);
    expect((await call(quote.GET as Handler, `/api/v1/quotes/${id}`, { id })).status).toBe(404);
    const withToken = await call(quote.GET as Handler, `/api/v1/quotes/${id}`, { id }, auth);
    expect(withToken.status).toBe(200);
    expect(withToken.body.status).toBe("in_review");
    const returned = String(hidden.quoteIds.returned);
    expect((await call(quote.GET as Handler, `/api/v1/quotes/${returned}`, { id: returned }, auth)).status).toBe(404);
  });
});

describe("GET /api/v1/country-stances", () => {
  it("lists published records only; a token also sees the one in review", async () => {
    const rows = await pageThrough(countryStances.GET as Handler, "/api/v1/country-stances");
    expect(rows.length).toBeGreaterThan(0);
    for (const id of hidden.countryStanceIds) expect(rows.some((row) => row.id === id)).toBe(false);
    const withToken = await pageThrough(
      countryStances.GET as Handler,
      "/api/v1/country-stances?holderCountry=KP",
      auth,
    );
    expect(withToken.filter((row) => row.status === "in_review").map((row) => row.id)).toEqual([
      hidden.countryStanceIds[1],
    ]);
    const first = rows[0];
    expect((await call(countryStance.GET as Handler, "", { id: String(first.id) })).status).toBe(200);
    expect((await call(countryStance.GET as Handler, "", { id: String(hidden.countryStanceIds[0]) })).status).toBe(404);
  });
});

describe("GET /api/v1/countries", () => {
  it("lists every country in one page; GET /api/v1/countries/{code} by code; 400 on parameters it does not take", async () => {
    const { body } = await call(countries.GET as Handler, "/api/v1/countries");
    expect(body.data.map((row) => row.code)).toEqual(expect.arrayContaining(["CN", "KP", "KR", "US"]));
    expect(body.next).toBeNull();
    expect((await call(country.GET as Handler, "", { id: "kr" })).body).toMatchObject({ code: "KR" });
    expect((await call(country.GET as Handler, "", { id: "ZZ" })).status).toBe(404);
    expect((await call(countries.GET as Handler, "/api/v1/countries?limit=5")).status).toBe(400);
  });
});

describe("GET /api/v1/people", () => {
  it("lists speakers of published quotes with aliases and roles; a person only in drafts is hidden", async () => {
    const rows = await pageThrough(people.GET as Handler, "/api/v1/people");
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.some((row) => row.slug === HIDDEN_PERSON_SLUG)).toBe(false);
    const slug = String(rows[0].slug);
    expect((await call(person.GET as Handler, "", { id: slug })).body).toMatchObject({
      slug,
      roles: expect.any(Array),
      aliases: expect.any(Array),
    });
    expect((await call(person.GET as Handler, "", { id: HIDDEN_PERSON_SLUG })).status).toBe(404);
    // The hidden person speaks a quote in review: a token sees them.
    expect((await call(person.GET as Handler, "", { id: HIDDEN_PERSON_SLUG }, auth)).status).toBe(200);
  });
});

describe("GET /api/v1/dimensions", () => {
  it("returns the codebook with positions; GET /api/v1/dimensions/{key}", async () => {
    const { body } = await call(dimensions.GET as Handler, "/api/v1/dimensions");
    expect(body.data.map((row) => row.key)).toEqual(["instrument", "sequencing", "parties"]);
    const one = await call(dimension.GET as Handler, "", { id: "instrument" });
    expect((one.body.positions as { key: string }[]).map((p) => p.key)).toContain("declaration_then_treaty");
    expect((await call(dimension.GET as Handler, "", { id: "nope" })).status).toBe(404);
  });
});
