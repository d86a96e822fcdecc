// Two-character Korean and Chinese search terms (평화, 和平), which pg_trgm cannot serve, match through the bigram
// indexes of migration 20261130151500_cjk_bigram_indexes (lib/search/text-match.ts): they find exactly the quotes and
// articles holding the two characters side by side — not those holding them apart or reversed — and the plan
// reads the bigram indexes.
import { beforeAll, describe, expect, it } from "vitest";
import { articleListQuerySchema } from "@/lib/stances/schemas";
import { db } from "@/lib/db";
import { listArticles } from "@/lib/api/reads/articles";
import { searchPublic } from "@/lib/search/public";
import { articleTextMatches, isCjkPair, quoteTextMatches } from "@/lib/search/text-match";
import { listStances } from "@/lib/stances/queries";
import { seedDemo } from "@/prisma/seed/demo";
import { indexPlan } from "../support/query-plan";

const BOTH = "한반도 평화를 위한 종전선언을 촉구했다. 中方支持签署和平协定。";
const APART = "평양과 화해하고 화평을 말했다. 和解与平静，平和。"; // 평…화, 화평, 和…平, 平和: never 평화 or 和平
const PUBLISHED = { status: "published", deletedAt: null } as const;

let articles: { both: number; title: number; apart: number; peace: number };
let quotes: { both: number; apart: number };

beforeAll(async () => {
  await seedDemo(db);
  const published = await db.article.findMany({ where: PUBLISHED, orderBy: { id: "asc" }, take: 4 });
  const [both, title, apart, peace] = published;
  await db.article.update({ where: { id: both.id }, data: { body: `${both.body}\n${BOTH}` } });
  await db.article.update({ where: { id: title.id }, data: { title: `${title.title} — 평화` } });
  await db.article.update({ where: { id: apart.id }, data: { body: `${apart.body}\n${APART}` } });
  await db.article.update({ where: { id: peace.id }, data: { body: `${peace.body}\nCeasefire. ${BOTH}` } });
  articles = { both: both.id, title: title.id, apart: apart.id, peace: peace.id };

  const [quoteBoth, quoteApart] = await db.quote.findMany({
    where: { ...PUBLISHED, article: { status: "published" }, stances: { some: {} } },
    orderBy: { id: "asc" },
    take: 2,
  });
  await db.quote.update({ where: { id: quoteBoth.id }, data: { text: `${quoteBoth.text} ${BOTH}` } });
  await db.quote.update({ where: { id: quoteApart.id }, data: { text: `${quoteApart.text} ${APART}` } });
  quotes = { both: quoteBoth.id, apart: quoteApart.id };
}, 120_000);

/** What a substring search must find, computed in JavaScript over every published article / quote. */
async function expectedArticles(terms: string[]): Promise<number[]> {
  const rows = await db.article.findMany({ where: PUBLISHED, select: { id: true, title: true, body: true } });
  return rows
    .filter((row) => terms.every((term) => `${row.title}\n${row.body}`.toLowerCase().includes(term.toLowerCase())))
    .map((row) => row.id)
    .sort((a, b) => a - b);
}

async function expectedQuotes(term: string): Promise<number[]> {
  const rows = await db.quote.findMany({
    where: { ...PUBLISHED, article: PUBLISHED, text: { contains: term } },
    select: { id: true },
  });
  return rows.map((row) => row.id).sort((a, b) => a - b);
}

const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);

describe("two-character Korean and Chinese terms", () => {
  it.each(["평화", "和平"])(
    "%s finds exactly the articles and quotes holding the two characters together",
    async (term) => {
      const found = await searchPublic(term);
      const articleIds = sorted(found.articles.map((hit) => hit.id));
      expect(articleIds).toEqual(await expectedArticles([term]));
      expect(articleIds).toContain(articles.both);
      expect(articleIds).not.toContain(articles.apart);
      if (term === "평화") expect(articleIds).toContain(articles.title);

      const quoteIds = sorted(found.quotes.map((hit) => hit.quote.id));
      expect(quoteIds).toEqual(await expectedQuotes(term));
      expect(quoteIds).toContain(quotes.both);
      expect(quoteIds).not.toContain(quotes.apart);

      // The read API's articles and the explorer's stance rows go through the same match.
      const api = await listArticles("published", articleListQuerySchema.parse({ q: term, limit: "100" }));
      expect(sorted(api.data.map((article) => article.id))).toEqual(articleIds);
      const stances = await listStances("published", { q: term, limit: 100 });
      expect(new Set(stances.data.map((row) => row.quoteId))).toEqual(new Set(quoteIds));
    },
  );

  it("a two-character term with an English word finds the articles holding both", async () => {
    const found = sorted((await searchPublic("평화 ceasefire")).articles.map((hit) => hit.id));
    expect(found).toEqual(await expectedArticles(["평화", "ceasefire"]));
    expect(found).toContain(articles.peace);
    expect(found).not.toContain(articles.both);
  });

  it("terms the bigrams do not cover still match as substrings", async () => {
    // One character, and a CJK character beside a Latin letter: no bigram, the ILIKE alone decides.
    expect(sorted((await searchPublic("평")).articles.map((hit) => hit.id))).toEqual(await expectedArticles(["평"]));
    expect((await searchPublic("和a")).articles).toEqual([]);
  });
});

describe("the bigram indexes", () => {
  it("serve a two-character term's search of quotes, article titles and article bodies", async () => {
    // Without the bigram condition the trigram indexes are scanned whole, or the table is.
    for (const term of ["평화", "和平"]) {
      const articlePlan = await indexPlan("Article", articleTextMatches("x", term));
      expect(articlePlan).toMatch(/Bitmap Index Scan on "Article_title_cjk_bigrams_idx"/);
      expect(articlePlan).toMatch(/Bitmap Index Scan on "Article_body_cjk_bigrams_idx"/);
      expect(await indexPlan("Quote", quoteTextMatches("x", term))).toMatch(
        /Index Scan on "Quote_text_cjk_bigrams_idx"/,
      );
    }
  });

  it("pair the same characters as the query side decides to look up", async () => {
    // A pair that isCjkPair sends to the index but cjk_bigrams never lists would find nothing: at every edge of
    // every range, both sides agree.
    const probes = [0x1100, 0x11ff, 0x3040, 0x30ff, 0x3130, 0x318f, 0x31f0, 0x31ff, 0x3400, 0x4dbf, 0x4e00, 0x9fff]
      .concat([0xa960, 0xa97f, 0xac00, 0xd7ff, 0xf900, 0xfaff])
      .flatMap((edge) => [edge - 1, edge, edge + 1])
      .filter((code) => code < 0xd800 || code > 0xdfff) // lone surrogates are not text
      .map((code) => String.fromCharCode(code).repeat(2));
    const rows = await db.$queryRaw<{ pair: string; listed: boolean }[]>`
      SELECT pair, cardinality("cjk_bigrams"(pair)) > 0 AS listed FROM unnest(${probes}::text[]) AS pair`;
    const mismatches = rows.filter((row) => row.listed !== isCjkPair(row.pair));
    expect(mismatches).toEqual([]);
    expect(rows.filter((row) => row.listed).length).toBeGreaterThan(probes.length / 2);
  });
});
