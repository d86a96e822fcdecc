// Counts over a text search stop at a cap (TEXT_MATCH_COUNT_CAP, lowered here to 3 so the demo reaches it): the
// API's `total` is then the cap with `totalIsLowerBound: true` (X-Total-Is-Lower-Bound on CSV pages), and the
// explorer says "3+" with its facets and timeline computed over those first 3 statements. Below the cap, and
// without a text filter, counts stay exact.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as listStances } from "@/app/api/v1/stances/route";
import { GET as listQuotes } from "@/app/api/v1/quotes/route";
import { db } from "@/lib/db";
import { readExplorer } from "@/lib/stances/explorer-view";
import { seedDemo } from "@/prisma/seed/demo";

const CAP = 3;

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => null }));
vi.mock("@/lib/env", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/env")>();
  return { ...actual, env: () => ({ ...actual.env(), TEXT_MATCH_COUNT_CAP: CAP }) };
});

/** Published stance rows, statements (rows leading their statement) and quotes that the word matches. */
async function exactCounts(word: string) {
  const [row] = await db.$queryRaw<{ rows: bigint; statements: bigint; quotes: bigint }[]>`
    SELECT count(*) AS rows, count(*) FILTER (WHERE r."leadPublished") AS statements,
           (SELECT count(*) FROM "Quote" q JOIN "Article" a ON a.id = q."articleId"
             WHERE q.status = 'published' AND q."deletedAt" IS NULL AND a.status = 'published'
               AND a."deletedAt" IS NULL AND q."searchVector" @@ websearch_to_tsquery('english', ${word})) AS quotes
      FROM "StanceRead" r JOIN "Quote" q ON q.id = r."quoteId"
     WHERE r.published AND q."searchVector" @@ websearch_to_tsquery('english', ${word})`;
  return { rows: Number(row.rows), statements: Number(row.statements), quotes: Number(row.quotes) };
}

let common: string;
let rare: string;

beforeAll(async () => {
  await seedDemo(db);
  const words = await db.$queryRaw<{ word: string; ndoc: number }[]>`
    SELECT word, ndoc FROM ts_stat($$SELECT "searchVector" FROM "Quote" WHERE status = 'published'$$)
     WHERE word ~ '^[a-z]{4,}$' ORDER BY ndoc DESC, word`;
  common = words[0].word;
  rare = words[words.length - 1].word;
}, 120_000);

let address = 0;
type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;
const call = (handler: Handler, url: string) =>
  handler(new Request(url, { headers: { "x-forwarded-for": `10.7.0.${++address % 250}` } }), {
    params: Promise.resolve({}) as Promise<never>,
  });

describe("counts over a text search stop at the cap", () => {
  it("the demo has a word matching more than the cap, and one matching fewer", async () => {
    expect((await exactCounts(common)).statements).toBeGreaterThan(CAP);
    expect((await exactCounts(rare)).quotes).toBeGreaterThan(0);
    expect((await exactCounts(rare)).quotes).toBeLessThanOrEqual(CAP);
    expect((await exactCounts(rare)).rows).toBeLessThanOrEqual(CAP);
  });

  it("API lists: total is the cap and says it is a lower bound; exact below it", async () => {
    const stances = await call(listStances, `http://localhost/api/v1/stances?q=${common}&total=1&limit=1`);
    expect(stances.status).toBe(200);
    expect(await stances.json()).toMatchObject({ total: CAP, totalIsLowerBound: true });
    const quotes = await call(listQuotes, `http://localhost/api/v1/quotes?q=${common}&total=1&limit=1`);
    expect(await quotes.json()).toMatchObject({ total: CAP, totalIsLowerBound: true });
    const csv = await call(listStances, `http://localhost/api/v1/stances?q=${common}&total=1&format=csv`);
    expect(csv.headers.get("x-total-count")).toBe(String(CAP));
    expect(csv.headers.get("x-total-is-lower-bound")).toBe("true");

    const exact = await exactCounts(rare);
    const few = await call(listStances, `http://localhost/api/v1/stances?q=${rare}&total=1`);
    expect(await few.json()).toMatchObject({ total: exact.rows, totalIsLowerBound: false });
    const fewQuotes = await call(listQuotes, `http://localhost/api/v1/quotes?q=${rare}&total=1`);
    expect(await fewQuotes.json()).toMatchObject({ total: exact.quotes, totalIsLowerBound: false });
  });

  it("without a text filter the total stays exact, however large", async () => {
    const [all] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "StanceRead" WHERE published`;
    expect(Number(all.n)).toBeGreaterThan(CAP);
    const response = await call(listStances, "http://localhost/api/v1/stances?total=1&limit=1");
    expect(await response.json()).toMatchObject({ total: Number(all.n), totalIsLowerBound: false });
  });

  it("the explorer: the count says capped, and facets and timeline cover the same first matches", async () => {
    const read = await readExplorer(null, { q: common });
    if (read.kind !== "view") throw new Error(JSON.stringify(read.fields));
    expect(read.facets).toMatchObject({ total: CAP, reports: CAP, capped: true });
    const sum = (counts: { count: number }[]) => counts.reduce((total, entry) => total + entry.count, 0);
    expect(sum(read.facets.year)).toBe(CAP);
    expect(sum(read.facets.attribution)).toBe(CAP);
    expect(sum(read.periods.counts)).toBe(CAP);
    // The table still pages through every match.
    expect(read.page.data.length).toBeGreaterThan(0);

    const rareRead = await readExplorer(null, { q: rare });
    if (rareRead.kind !== "view") throw new Error(JSON.stringify(rareRead.fields));
    const exact = await exactCounts(rare);
    expect(rareRead.facets).toMatchObject({ total: exact.statements, capped: false });
  });
});
