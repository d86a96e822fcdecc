// Published-only reads of articles for the public pages. Every query here filters on published status and
// not-deleted, so a public page cannot show a draft by construction.
import "server-only";
import { cachedPublicRead } from "@/lib/public-cache";
import { db } from "@/lib/db";
import { isCalendarDay, toIsoDay } from "@/lib/dates";
import { Prisma } from "@/lib/generated/prisma/client";

export const PUBLISHED_ARTICLE = { status: "published", deletedAt: null } as const satisfies Prisma.ArticleWhereInput;

// Repeated from lib/quotes/public.ts (which imports this file) for the article's own quotes: the article is
// already known to be published here.
const PUBLISHED_QUOTE_OF_ARTICLE = { status: "published", deletedAt: null } as const satisfies Prisma.QuoteWhereInput;

export interface PublishedArticleSummary {
  id: number;
  title: string;
  outlet: string | null;
  publishedOn: Date;
  quoteCount: number;
}

export interface PublishedArticlePage {
  articles: PublishedArticleSummary[];
  /** The `after` of the next page, or null on the last. */
  next: string | null;
}

/**
 * Published articles newest first, one page by key (publishedOn, id) after `after` (a previous page's `next`), each
 * with its number of published quotes, counted for the page's rows only (the index on Quote.articleId).
 */
async function uncachedListPublishedArticles(limit = 50, after?: string): Promise<PublishedArticlePage> {
  const key = decodeArticleKey(after);
  const rows = await db.$queryRaw<
    { id: number; title: string; outlet: string | null; publishedOn: Date; quoteCount: number }[]
  >`
    WITH page AS (
      SELECT a.id, a.title, a."outletId", a."publishedOn"
        FROM "Article" a
       WHERE a.status = 'published' AND a."deletedAt" IS NULL
         AND ${key ? Prisma.sql`(a."publishedOn", a.id) < (${key[0]}::date, ${key[1]})` : Prisma.sql`TRUE`}
       ORDER BY a."publishedOn" DESC, a.id DESC
       LIMIT ${limit + 1}
    )
    SELECT page.id, page.title, o.name AS outlet, page."publishedOn",
           (SELECT count(*)::int FROM "Quote" q
             WHERE q."articleId" = page.id AND q.status = 'published' AND q."deletedAt" IS NULL) AS "quoteCount"
      FROM page
      LEFT JOIN "Outlet" o ON o.id = page."outletId"
     ORDER BY page."publishedOn" DESC, page.id DESC`;
  const more = rows.length > limit;
  const articles = more ? rows.slice(0, limit) : rows;
  const last = articles.at(-1);
  return { articles, next: more && last ? `${toIsoDay(last.publishedOn)}_${last.id}` : null };
}

/** `2021-10-27_123` → its key; anything else reads as the first page (the address is typed by people). */
function decodeArticleKey(after: string | undefined): [string, number] | null {
  const match = after ? /^(\d{4}-\d{2}-\d{2})_(\d{1,10})$/.exec(after) : null;
  if (!match || Number(match[2]) > 2_147_483_647 || !isCalendarDay(match[1])) return null;
  return [match[1], Number(match[2])];
}

export interface ArticleQuoteMark {
  id: number;
  startOffset: number;
  endOffset: number;
  speakerName: string | null;
  speakerSlug: string | null;
  speakerCountry: string | null;
  stances: { dimensionLabel: string; positionKey: string; positionLabel: string; color: string; holder: string }[];
}

export interface PublishedArticle {
  id: number;
  title: string;
  outlet: string | null;
  author: string | null;
  url: string | null;
  language: string;
  publishedOn: Date;
  body: string;
  /** Published quotes whose offsets still match the body, in reading order. */
  quotes: ArticleQuoteMark[];
}

/** One published article with its published quotes; null for anything else (the page answers 404). */
async function uncachedGetPublishedArticle(id: number): Promise<PublishedArticle | null> {
  const article = await db.article.findFirst({
    where: { ...PUBLISHED_ARTICLE, id },
    select: {
      id: true,
      title: true,
      author: true,
      url: true,
      language: true,
      publishedOn: true,
      body: true,
      outlet: { select: { name: true } },
      quotes: {
        where: { ...PUBLISHED_QUOTE_OF_ARTICLE, orphanedAt: null },
        orderBy: [{ startOffset: "asc" }, { id: "asc" }],
        select: {
          id: true,
          text: true,
          startOffset: true,
          endOffset: true,
          speakerLabel: true,
          speaker: { select: { name: true, slug: true, deletedAt: true, mergedIntoId: true } },
          speakerCountry: { select: { shortName: true } },
          stances: {
            where: { deletedAt: null },
            orderBy: [{ dimension: { sortOrder: "asc" } }, { id: "asc" }],
            select: {
              dimension: { select: { label: true } },
              position: { select: { key: true, label: true, color: true } },
              holderCountry: { select: { shortName: true } },
            },
          },
        },
      },
    },
  });
  if (!article) return null;
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet?.name ?? null,
    author: article.author,
    url: article.url,
    language: article.language,
    publishedOn: article.publishedOn,
    body: article.body,
    quotes: article.quotes
      // A quote whose text no longer sits at its offsets waits for an editor; highlighting it would mislead.
      .filter((quote) => article.body.slice(quote.startOffset, quote.endOffset) === quote.text)
      .map((quote) => ({
        id: quote.id,
        startOffset: quote.startOffset,
        endOffset: quote.endOffset,
        speakerName: quote.speaker?.name ?? quote.speakerLabel,
        speakerSlug:
          quote.speaker && !quote.speaker.deletedAt && !quote.speaker.mergedIntoId ? quote.speaker.slug : null,
        speakerCountry: quote.speakerCountry?.shortName ?? null,
        stances: quote.stances.map((stance) => ({
          dimensionLabel: stance.dimension.label,
          positionKey: stance.position.key,
          positionLabel: stance.position.label,
          color: stance.position.color,
          holder: stance.holderCountry.shortName,
        })),
      })),
  };
}

/** Ids and change times of every published article, for the sitemap. */
function uncachedListPublishedArticleIds(): Promise<{ id: number; updatedAt: Date }[]> {
  return db.article.findMany({
    where: PUBLISHED_ARTICLE,
    orderBy: { id: "asc" },
    select: { id: true, updatedAt: true },
  });
}

// Cached across requests and refreshed when the record changes (lib/public-cache.ts).
export const listPublishedArticles = cachedPublicRead("articles.listPublishedArticles", uncachedListPublishedArticles);
export const getPublishedArticle = cachedPublicRead("articles.getPublishedArticle", uncachedGetPublishedArticle);
export const listPublishedArticleIds = cachedPublicRead(
  "articles.listPublishedArticleIds",
  uncachedListPublishedArticleIds,
);
