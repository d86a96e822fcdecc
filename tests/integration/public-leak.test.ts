// Nothing unpublished reaches the public: drafts, quotes in review or returned, deleted quotes, quotes of draft
// articles, people seen only in drafts and unpublished country stance records stay out of every public read,
// search, the feed and the sitemap, and reading them by id finds nothing. (The browser-level check of the
// same records over HTTP is tests/e2e/public-leak.test.ts.)
import { beforeAll, describe, expect, it } from "vitest";
import { GET as feed } from "@/app/(public)/feed.xml/route";
import sitemap from "@/app/sitemap";
import { getPublishedArticle, listPublishedArticleIds, listPublishedArticles } from "@/lib/articles/public";
import { listCountries } from "@/lib/countries/public";
import { countryTimeline, currentPositions, recordsWithPosition } from "@/lib/country-stances/public";
import { db } from "@/lib/db";
import { getPublicPerson, listPeople, listPersonMenu, listPublicPersonSlugs } from "@/lib/people/public";
import {
  getPublishedQuote,
  listLatestQuotes,
  listPublishedQuoteIds,
  listQuotesAboutCountry,
  listQuotesByCountry,
  listQuotesBySpeaker,
  listQuotesWithPosition,
  listRecentlyPublishedQuotes,
} from "@/lib/quotes/public";
import { countStatementsByCountryMonth } from "@/lib/quotes/timeline";
import { searchPublic } from "@/lib/search/public";
import { seedDemo } from "@/prisma/seed/demo";
import {
  HIDDEN_PERSON_SLUG,
  MARKER,
  PUBLIC_TEXT_MARKER,
  seedUnpublishedRecords,
  type UnpublishedRecords,
} from "../fixtures/unpublished-records";

let hidden: UnpublishedRecords;
let hiddenQuoteIds: number[];

beforeAll(async () => {
  await seedDemo(db);
  hidden = await seedUnpublishedRecords(db);
  hiddenQuoteIds = Object.values(hidden.quoteIds);
}, 120_000);

const json = (value: unknown) => JSON.stringify(value);

describe("unpublished records", () => {
  it("are not found by id", async () => {
    expect(await getPublishedArticle(hidden.draftArticleId)).toBeNull();
    for (const id of hiddenQuoteIds) expect(await getPublishedQuote(id)).toBeNull();
    expect(await getPublicPerson(HIDDEN_PERSON_SLUG)).toEqual({ kind: "missing" });
  });

  it("leave the published article they belong to without highlights", async () => {
    const article = await getPublishedArticle(hidden.publishedArticleId);
    expect(article?.body).toContain(PUBLIC_TEXT_MARKER);
    expect(article?.quotes).toEqual([]);
  });

  it("appear in no list, timeline or overview", async () => {
    const kp = (await listCountries()).find((country) => country.code === "KP")!;
    const againstNow = await db.position.findFirstOrThrow({ where: { key: "against_now" } });
    const person = await db.person.findUniqueOrThrow({ where: { slug: HIDDEN_PERSON_SLUG } });
    const everything = json([
      await listPublishedArticles(),
      await listLatestQuotes(100),
      await listQuotesByCountry(kp.id),
      await listQuotesAboutCountry(kp.id),
      await listQuotesBySpeaker(person.id),
      await listQuotesWithPosition(againstNow.id),
      await listRecentlyPublishedQuotes(100),
      [...(await currentPositions()).values()],
      await countryTimeline(kp.id),
      await recordsWithPosition(againstNow.id),
      await listPeople(),
      await listPersonMenu(),
      await listCountries(),
    ]);
    expect(everything).not.toContain(MARKER);
    // The home timeline counts published statements only: its total is theirs, per speaker country.
    const counted = (await countStatementsByCountryMonth()).reduce((sum, cell) => sum + cell.count, 0);
    const published = await db.quote.findMany({
      where: {
        status: "published",
        deletedAt: null,
        article: { status: "published", deletedAt: null },
        speakerCountryId: { not: null },
        attribution: { not: "analyst" },
      },
      select: { statementId: true, speakerCountryId: true },
    });
    expect(counted).toBe(new Set(published.map((q) => `${q.speakerCountryId}:${q.statementId}`)).size);
    expect(everything).not.toContain(PUBLIC_TEXT_MARKER);
    expect((await currentPositions()).get("KP:instrument")?.validFrom.getUTCFullYear()).toBeLessThan(2031);
    const quoteIds = new Set((await listPublishedQuoteIds()).map((quote) => quote.id));
    for (const id of hiddenQuoteIds) expect(quoteIds.has(id)).toBe(false);
    expect((await listPublishedArticleIds()).map((article) => article.id)).not.toContain(hidden.draftArticleId);
    expect((await listPublicPersonSlugs()).map((p) => p.slug)).not.toContain(HIDDEN_PERSON_SLUG);
  });

  it("are not found by search", async () => {
    for (const query of [MARKER, `${MARKER} Hidden`, `${MARKER} Alias`, "Zyxqourp Hiden", PUBLIC_TEXT_MARKER]) {
      const results = await searchPublic(query);
      expect(results.quotes).toEqual([]);
      expect(results.people).toEqual([]);
      expect(json(results)).not.toContain(MARKER);
    }
    // The published article's own words are public: it is found, its unpublished quotes are not.
    expect((await searchPublic(PUBLIC_TEXT_MARKER)).articles.map((article) => article.id)).toEqual([
      hidden.publishedArticleId,
    ]);
  });

  it("are not in the Atom feed or the sitemap", async () => {
    const xml = await (await feed()).text();
    expect(xml).toContain("<feed");
    expect(xml).not.toContain(MARKER);
    expect(xml).not.toContain(PUBLIC_TEXT_MARKER);
    for (const id of hiddenQuoteIds) expect(xml).not.toContain(`/quotes/${id}<`);

    const urls = (await sitemap()).map((entry) => entry.url);
    expect(urls).not.toContain(expect.stringContaining(HIDDEN_PERSON_SLUG));
    for (const id of hiddenQuoteIds) expect(urls.some((url) => url.endsWith(`/quotes/${id}`))).toBe(false);
    expect(urls.some((url) => url.endsWith(`/articles/${hidden.draftArticleId}`))).toBe(false);
    expect(urls.some((url) => url.endsWith(`/articles/${hidden.publishedArticleId}`))).toBe(true);
  });

  it("become public when published, and vanish again when withdrawn", async () => {
    await db.quote.update({
      where: { id: hidden.quoteIds.inReview },
      data: { status: "published", publishedAt: new Date() },
    });
    expect(await getPublishedQuote(hidden.quoteIds.inReview)).not.toBeNull();
    expect((await getPublicPerson(HIDDEN_PERSON_SLUG)).kind).toBe("found");
    await db.quote.update({ where: { id: hidden.quoteIds.inReview }, data: { status: "returned", publishedAt: null } });
    expect(await getPublishedQuote(hidden.quoteIds.inReview)).toBeNull();
    expect((await getPublicPerson(HIDDEN_PERSON_SLUG)).kind).toBe("missing");
  });
});
