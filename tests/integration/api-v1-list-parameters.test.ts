// The read API's list parameters beyond the explorer's filters: several countries at once (`holderCountry=KR,US`),
// `status` for token holders, `articleId`, `speakerKind`, `sort=asc`, `total=1`; quotes with their offsets into
// the article's text, and /api/v1/quotes filtered by stance columns through the read model (StanceRead).
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as listStances } from "@/app/api/v1/stances/route";
import { GET as listQuotes } from "@/app/api/v1/quotes/route";
import { GET as oneArticle } from "@/app/api/v1/articles/[id]/route";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/api-tokens/mutations";
import { seedDemo } from "@/prisma/seed/demo";
import { seedUnpublishedRecords } from "../fixtures/unpublished-records";
import { createUser } from "../support/users";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => null }));

let auth: Record<string, string>;
let address = 0;

beforeAll(async () => {
  await seedDemo(db);
  await seedUnpublishedRecords(db);
  const token = (await createApiToken(await createUser(db, { role: "researcher" }), { name: "t" })).token;
  auth = { authorization: `Bearer ${token}` };
}, 120_000);

type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;
const call = (handler: Handler, path: string, query: string, headers: Record<string, string> = {}) =>
  handler(
    new Request(`http://localhost${path}?${query}`, {
      headers: { "x-forwarded-for": `10.1.0.${++address % 250}`, ...headers },
    }),
    { params: Promise.resolve({}) as Promise<never> },
  );

interface StanceRow {
  id: number;
  status: string;
  statedOn: string;
  holderCountry: string;
  articleId: number;
  speakerKind: string;
}
interface QuoteRow {
  id: number;
  status: string;
  statedOn: string;
  text: string;
  articleId: number;
  startOffset: number;
  endOffset: number;
  stances: { holderCountry: string; dimension: string }[];
}

/** Every row of a list, paged with a small limit; and the `total` the first page reported. */
async function all<T>(handler: Handler, path: string, query: string, headers = auth) {
  const rows: T[] = [];
  let cursor: string | null = null;
  let total: number | undefined;
  do {
    const response = await call(handler, path, `${query}&limit=7${cursor ? `&cursor=${cursor}` : ""}`, headers);
    expect(response.status, await response.clone().text()).toBe(200);
    const page = (await response.json()) as { data: T[]; next: string | null; total?: number };
    total ??= page.total;
    rows.push(...page.data);
    cursor = page.next;
  } while (cursor);
  return { rows, total };
}

const stances = (query: string, headers = auth) => all<StanceRow>(listStances, "/api/v1/stances", query, headers);
const quotes = (query: string, headers = auth) => all<QuoteRow>(listQuotes, "/api/v1/quotes", query, headers);

describe("/api/v1/stances parameters", () => {
  it("holderCountry=KR,US matches either country: the union of the two lists", async () => {
    const kr = (await stances("holderCountry=KR")).rows;
    const us = (await stances("holderCountry=US")).rows;
    const both = (await stances("holderCountry=kr,US,KR")).rows;
    expect(kr.length).toBeGreaterThan(0);
    expect(us.length).toBeGreaterThan(0);
    expect(both.map((row) => row.id).sort()).toEqual([...kr, ...us].map((row) => row.id).sort());
    const bad = await call(listStances, "/api/v1/stances", "holderCountry=KR,ZZ,QQ", auth);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain("ZZ, QQ");
  });

  it("status=in_review gives a token the records in review only, and refuses an anonymous caller", async () => {
    const inReview = (await stances("status=in_review")).rows;
    expect(inReview.length).toBeGreaterThan(0);
    expect(inReview.every((row) => row.status === "in_review")).toBe(true);
    const published = (await stances("status=published")).rows;
    expect(published.every((row) => row.status === "published")).toBe(true);
    expect(published.length + inReview.length).toBe((await stances("")).rows.length);
    const anonymous = await call(listStances, "/api/v1/stances", "status=in_review");
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: { fields: object } }).error.fields).toHaveProperty("status");
  });

  it("articleId and speakerKind keep the rows of that article and that kind of speaker", async () => {
    const { articleId } = (await stances("")).rows[0];
    const ofArticle = (await stances(`articleId=${articleId}`)).rows;
    expect(ofArticle.length).toBeGreaterThan(0);
    expect(ofArticle.every((row) => row.articleId === articleId)).toBe(true);
    const persons = (await stances("speakerKind=person")).rows;
    expect(persons.length).toBeGreaterThan(0);
    expect(persons.every((row) => row.speakerKind === "person")).toBe(true);
  });

  it("sort=asc pages oldest first through the same rows; total=1 counts them all", async () => {
    const newest = await stances("total=1");
    const oldest = await stances("sort=asc&total=1");
    expect(oldest.rows.map((row) => row.id)).toEqual([...newest.rows].reverse().map((row) => row.id));
    expect(newest.total).toBe(newest.rows.length);
    expect(oldest.total).toBe(newest.rows.length);
    const page = (await (await call(listStances, "/api/v1/stances", "limit=3", auth)).json()) as object;
    expect(page).not.toHaveProperty("total");
    const csv = await call(listStances, "/api/v1/stances", "format=csv&total=1&limit=2", auth);
    expect(csv.headers.get("x-total-count")).toBe(String(newest.rows.length));
  });
});

describe("/api/v1/quotes parameters", () => {
  it("give each quote's offsets into its article's text", async () => {
    const { rows } = await quotes("");
    expect(rows.length).toBeGreaterThan(0);
    const bodies = new Map<number, string>();
    for (const quote of rows.slice(0, 20)) {
      if (!bodies.has(quote.articleId)) {
        const id = String(quote.articleId);
        const response = await oneArticle(new Request(`http://localhost/api/v1/articles/${id}`, { headers: auth }), {
          params: Promise.resolve({ id }),
        });
        bodies.set(quote.articleId, ((await response.json()) as { body: string }).body);
      }
      expect(bodies.get(quote.articleId)!.slice(quote.startOffset, quote.endOffset)).toBe(quote.text);
    }
  });

  it("filter by the stance columns through the read model: a quote matches when one of its stances does", async () => {
    const both = await quotes("holderCountry=KR,US&dimension=instrument&total=1");
    expect(both.rows.length).toBeGreaterThan(0);
    for (const quote of both.rows)
      expect(quote.stances.some((s) => ["KR", "US"].includes(s.holderCountry) && s.dimension === "instrument")).toBe(
        true,
      );
    expect(both.total).toBe(both.rows.length);
    const [expected] = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(DISTINCT r."quoteId") AS n FROM "StanceRead" r
        JOIN "Country" c ON c.id = r."holderCountryId" JOIN "Dimension" d ON d.id = r."dimensionId"
       WHERE c.code IN ('KR', 'US') AND d.key = 'instrument'`;
    expect(both.rows.length).toBe(Number(expected.n));
    // Anonymous callers: only published stances count.
    const anonymous = await quotes("holderCountry=KR,US&dimension=instrument", {});
    const [published] = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(DISTINCT r."quoteId") AS n FROM "StanceRead" r
        JOIN "Country" c ON c.id = r."holderCountryId" JOIN "Dimension" d ON d.id = r."dimensionId"
       WHERE c.code IN ('KR', 'US') AND d.key = 'instrument' AND r.published`;
    expect(anonymous.rows.length).toBe(Number(published.n));
  });

  it("sort=asc, status and articleId work on quotes too", async () => {
    const newest = (await quotes("")).rows.map((row) => row.id);
    expect((await quotes("sort=asc")).rows.map((row) => row.id)).toEqual([...newest].reverse());
    const inReview = (await quotes("status=in_review")).rows;
    expect(inReview.length).toBeGreaterThan(0);
    expect(inReview.every((row) => row.status === "in_review")).toBe(true);
    const { articleId } = (await quotes("")).rows[0];
    const ofArticle = (await quotes(`articleId=${articleId}`)).rows;
    expect(ofArticle.every((row) => row.articleId === articleId)).toBe(true);
  });
});
