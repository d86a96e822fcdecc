// Public search on the demo data: full-text over published quotes and articles, ranked, with snippets, and
// people by name or alias even when misspelled.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { searchPublic } from "@/lib/search/public";
import { articleTextMatches, quoteTextMatches } from "@/lib/search/text-match";
import { listStances } from "@/lib/stances/queries";
import { MATCH_START, MATCH_STOP, splitSnippet } from "@/lib/text-segments";
import { seedDemo } from "@/prisma/seed/demo";
import { indexPlan } from "../support/query-plan";

beforeAll(async () => {
  await seedDemo(db);
}, 120_000);

describe("searchPublic: people", () => {
  it.each([
    ["Yang Jeichi", "yang-jiechi"], // letters swapped
    ["yang jiechi", "yang-jiechi"],
    ["Jake Sulivan", "jake-sullivan"], // a letter missing
    ["Tony Blinken", null], // an alias, but Blinken has no published statement in the demo: not public
    ["Jacob Sullivan", "jake-sullivan"], // the alias spelling
    ["杨洁篪", "yang-jiechi"], // Hanzi alias
    ["Sullivan", "jake-sullivan"], // one word of the name
  ])("%s finds %s first", async (query, slug) => {
    const { people } = await searchPublic(query);
    if (slug === null) expect(people.map((person) => person.slug)).not.toContain("antony-blinken");
    else expect(people[0]?.slug).toBe(slug);
  });

  it("names the alias that matched", async () => {
    const { people } = await searchPublic("Jacob Sullivan");
    expect(people[0]).toMatchObject({ name: "Jake Sullivan", matchedAlias: "Jacob Sullivan" });
  });

  it("finds nobody for an unrelated word", async () => {
    expect((await searchPublic("photosynthesis")).people).toEqual([]);
  });
});

describe("searchPublic: quotes and articles", () => {
  it("finds stemmed words, ranks the hits and marks the matches in the snippet", async () => {
    const { quotes } = await searchPublic("peace treaty");
    expect(quotes.length).toBeGreaterThan(0);
    for (const hit of quotes) {
      expect(hit.quote.text.toLowerCase()).toMatch(/peace|treat/);
      expect(hit.snippet).toContain(MATCH_START);
      expect(
        splitSnippet(hit.snippet)
          .filter((piece) => piece.match)
          .map((piece) => piece.text.toLowerCase()),
      ).toEqual(expect.arrayContaining([expect.stringMatching(/^(peace|treaty|treaties)$/)]));
    }
    const ranks = quotes.map((hit) => hit.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(quotes[0].quote.text).toContain("peace treaty");
  });

  it("returns only published quotes", async () => {
    const { quotes } = await searchPublic("responsible delaying denuclearization");
    const statuses = await db.quote.findMany({
      where: { id: { in: quotes.map((hit) => hit.quote.id) } },
      select: { status: true },
    });
    expect(statuses.every((row) => row.status === "published")).toBe(true);
    // The demo's quote in review says China "may be held responsible for delaying" denuclearization.
    expect(quotes.some((hit) => hit.quote.text.startsWith("China is concerned"))).toBe(false);
  });

  it("searches articles by title and body, title matches first", async () => {
    const { articles } = await searchPublic("behind-the-scenes talks");
    expect(articles[0]?.title).toMatch(/^Behind-the-Scenes Talks/);
    expect(articles[0].snippet).toContain(MATCH_STOP);
  });

  it("treats any input as words, never as syntax", async () => {
    for (const query of ['\'); DROP TABLE "Quote"; --', "a & | ! <->", '"unclosed', "«« »»", "   "]) {
      await expect(searchPublic(query)).resolves.toBeDefined();
    }
    expect(await db.quote.count()).toBeGreaterThan(0);
  });
});

describe("searchPublic and the explorer's q: Korean and Chinese text", () => {
  it("match substrings, since the English configuration does not split these scripts into words", async () => {
    const quote = await db.quote.findFirstOrThrow({
      where: { status: "published", deletedAt: null, article: { status: "published" }, stances: { some: {} } },
    });
    await db.quote.update({
      where: { id: quote.id },
      data: { text: "문재인 대통령은 종전선언을 제안했다. 中方支持签署和平协定。" },
    });
    try {
      for (const query of ["종전선언", "和平协定", "종전선언 문재인"]) {
        const { quotes } = await searchPublic(query);
        expect(quotes.map((hit) => hit.quote.id)).toContain(quote.id);
        const hit = quotes.find((h) => h.quote.id === quote.id);
        expect(splitSnippet(hit?.snippet ?? "").some((piece) => piece.match)).toBe(true);
        const page = await listStances("published", { q: query, limit: 100 });
        expect(page.data.map((row) => row.quoteId)).toContain(quote.id);
      }
      expect((await searchPublic("평화협정")).quotes.map((hit) => hit.quote.id)).not.toContain(quote.id);
      // LIKE's wildcards are text here: "%" finds nothing rather than everything.
      expect((await listStances("published", { q: "종전%", limit: 100 })).data).toEqual([]);
    } finally {
      await db.quote.update({ where: { id: quote.id }, data: { text: quote.text } });
    }
  });

  it("finds a Korean article by a word of its body, through the trigram indexes of title and body", async () => {
    const article = await db.article.findFirstOrThrow({ where: { status: "published", deletedAt: null } });
    await db.article.update({
      where: { id: article.id },
      data: { body: `${article.body}\n한반도 평화협정 체결을 촉구했다.` },
    });
    try {
      expect((await searchPublic("평화협정")).articles.map((hit) => hit.id)).toContain(article.id);
      const articles = await indexPlan("Article", articleTextMatches("x", "평화협정"));
      expect(articles).toMatch(/Bitmap Index Scan on "Article_title_trgm_idx"/);
      expect(articles).toMatch(/Bitmap Index Scan on "Article_body_trgm_idx"/);
      expect(await indexPlan("Quote", quoteTextMatches("x", "평화협정"))).toMatch(
        /Index Scan on "Quote_text_trgm_idx"/,
      );
    } finally {
      await db.article.update({ where: { id: article.id }, data: { body: article.body } });
    }
  });
});
