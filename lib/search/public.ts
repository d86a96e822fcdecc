// Public search: PostgreSQL full-text search over published quotes and articles, ranked, with snippets whose
// matches ts_headline wraps in MATCH_START/MATCH_STOP (split into React nodes by the page, never parsed as
// HTML), and people by name or alias even when misspelled (pg_trgm). Text matching is lib/search/text-match.ts
// (stored tsvector columns; substrings for Korean, Chinese and Japanese).
// Raw SQL repeats the published-only rules of PUBLISHED_QUOTE / PUBLISHED_ARTICLE / PUBLIC_PERSON, and quote
// hits are read back through PUBLISHED_QUOTE, so a draft cannot slip through a typo in one place.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { articleTextMatches, isSubstringQuery, quoteTextMatches, tsQuery } from "./text-match";
import { listQuoteCardsByIds, type QuoteCard } from "@/lib/quotes/public";
import { MATCH_START, MATCH_STOP } from "@/lib/text-segments";

const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_STOP}, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
const QUOTE_HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_STOP}, HighlightAll=true`;

export interface QuoteHit {
  quote: QuoteCard;
  rank: number;
  snippet: string;
}

export interface ArticleHit {
  id: number;
  title: string;
  outlet: string | null;
  publishedOn: Date;
  rank: number;
  snippet: string;
}

export interface PersonHit {
  slug: string;
  name: string;
  /** The spelling that matched when it was an alias ("Tony Blinken", "杨洁篪"). */
  matchedAlias: string | null;
  similarity: number;
}

export interface SearchResults {
  quotes: QuoteHit[];
  articles: ArticleHit[];
  people: PersonHit[];
}

// Not cached (lib/public-cache.ts): every query string would be its own cache entry, without bound.
export async function searchPublic(query: string, limit = 20): Promise<SearchResults> {
  const q = query.trim();
  if (!q) return { quotes: [], articles: [], people: [] };
  const [quotes, articles, people] = await Promise.all([
    searchQuotes(q, limit),
    searchArticles(q, limit),
    searchPeople(q),
  ]);
  return { quotes, articles, people };
}

/**
 * Ranking is bounded: the newest RANKED_CANDIDATES matches are ranked, not every match (a common word matches most
 * of a million quotes, and ranking them all took tens of seconds). The planner walks the GIN index for rare words
 * and the date index for common ones; either way at most this many rows are ranked.
 */
const RANKED_CANDIDATES = 1000;

async function searchQuotes(q: string, limit: number): Promise<QuoteHit[]> {
  const substring = isSubstringQuery(q);
  const rows = await db.$queryRaw<{ id: number; rank: number; snippet: string }[]>`
    WITH candidates AS MATERIALIZED (
      SELECT qt.id, qt."statedOn", qt."searchVector"
        FROM "Quote" qt
        JOIN "Article" a ON a.id = qt."articleId"
       WHERE qt.status = 'published' AND qt."deletedAt" IS NULL
         AND a.status = 'published' AND a."deletedAt" IS NULL
         AND ${quoteTextMatches("qt", q)}
       ORDER BY qt."statedOn" DESC, qt.id DESC
       LIMIT ${RANKED_CANDIDATES}
    ), ranked AS (
      SELECT c.id, c."statedOn", ${substring ? Prisma.sql`1::real` : Prisma.sql`ts_rank(c."searchVector", ${tsQuery(q)})`} AS rank
        FROM candidates c
       ORDER BY rank DESC, c."statedOn" DESC, c.id DESC
       LIMIT ${limit}
    )
    SELECT r.id, r.rank,
           ${substring ? Prisma.sql`qt."text"` : Prisma.sql`ts_headline('english'::regconfig, qt."text", ${tsQuery(q)}, ${QUOTE_HEADLINE_OPTIONS})`} AS snippet
      FROM ranked r
      JOIN "Quote" qt ON qt.id = r.id
     ORDER BY r.rank DESC, r."statedOn" DESC, r.id DESC`;
  const cards = new Map((await listQuoteCardsByIds(rows.map((row) => row.id))).map((card) => [card.id, card]));
  return rows.flatMap((row) => {
    const quote = cards.get(row.id);
    const snippet = substring ? markSubstrings(row.snippet, q) : row.snippet;
    return quote ? [{ quote, rank: Number(row.rank), snippet }] : [];
  });
}

/** A substring query's terms wrapped in MATCH_START/MATCH_STOP, as ts_headline marks English matches. */
function markSubstrings(text: string, q: string): string {
  const terms = q
    .split(/\s+/)
    .filter(Boolean)
    .map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return text.replace(new RegExp(terms.join("|"), "giu"), (match) => `${MATCH_START}${match}${MATCH_STOP}`);
}

async function searchArticles(q: string, limit: number): Promise<ArticleHit[]> {
  // Articles are matched on their stored vector (title weighted above body); substring queries on title and body.
  const matches = articleTextMatches("a", q);
  const rows = await db.$queryRaw<
    { id: number; title: string; outlet: string | null; publishedOn: Date; rank: number; snippet: string }[]
  >`
    WITH candidates AS MATERIALIZED (
      SELECT a.id, a."publishedOn", a."searchVector"
        FROM "Article" a
       WHERE a.status = 'published' AND a."deletedAt" IS NULL AND ${matches}
       ORDER BY a."publishedOn" DESC, a.id DESC
       LIMIT ${RANKED_CANDIDATES}
    ), ranked AS (
      SELECT c.id, ts_rank(c."searchVector", ${tsQuery(q)}) AS rank
        FROM candidates c
       ORDER BY rank DESC, c."publishedOn" DESC, c.id DESC
       LIMIT ${limit}
    )
    SELECT a.id, a.title, o.name AS outlet, a."publishedOn", r.rank,
           ts_headline('english'::regconfig, a."body", ${tsQuery(q)}, ${HEADLINE_OPTIONS}) AS snippet
      FROM ranked r
      JOIN "Article" a ON a.id = r.id
      LEFT JOIN "Outlet" o ON o.id = a."outletId"
     ORDER BY r.rank DESC, a."publishedOn" DESC, a.id DESC`;
  return rows.map((row) => ({ ...row, rank: Number(row.rank) }));
}

/**
 * People whose name or an alias is similar to the query (trigram similarity, so "Yang Jeichi" finds Yang Jiechi),
 * contains it as a word ("Blinken"), or contains it verbatim (Hangul and Hanzi, which trigrams may not cover).
 */
async function searchPeople(q: string, limit = 10): Promise<PersonHit[]> {
  const rows = await db.$queryRaw<{ slug: string; name: string; matched: string; similarity: number }[]>`
    WITH spellings AS (
      SELECT p.id AS person_id, p.name AS spelling FROM "Person" p
       WHERE p.name % ${q} OR ${q} <% p.name OR strpos(lower(p.name), lower(${q})) > 0
      UNION ALL
      SELECT al."personId", al.name FROM "PersonAlias" al
       WHERE al.name % ${q} OR ${q} <% al.name OR strpos(lower(al.name), lower(${q})) > 0
    ), scored AS (
      SELECT DISTINCT ON (person_id) person_id, spelling,
             greatest(similarity(spelling, ${q}), word_similarity(${q}, spelling),
                      CASE WHEN strpos(lower(spelling), lower(${q})) > 0 THEN 1 ELSE 0 END) AS score
        FROM spellings
       ORDER BY person_id, score DESC
    )
    SELECT p.slug, p.name, s.spelling AS matched, s.score AS similarity
      FROM scored s
      JOIN "Person" p ON p.id = s.person_id
     WHERE p."deletedAt" IS NULL AND p."mergedIntoId" IS NULL
       AND EXISTS (
         SELECT 1 FROM "Quote" qt JOIN "Article" a ON a.id = qt."articleId"
          WHERE qt."speakerId" = p.id AND qt.status = 'published' AND qt."deletedAt" IS NULL
            AND a.status = 'published' AND a."deletedAt" IS NULL)
     ORDER BY s.score DESC, p.name
     LIMIT ${limit}`;
  return rows.map((row) => ({
    slug: row.slug,
    name: row.name,
    matchedAlias: row.matched === row.name ? null : row.matched,
    similarity: Number(row.similarity),
  }));
}
