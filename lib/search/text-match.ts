// The one definition of "this text matches the words typed", for every read that takes `q` (the explorer, the
// read API, the public search). English text: PostgreSQL full-text search in web search syntax ("exact phrase",
// -word, or) over the stored "searchVector" columns (migration 20261130061800_search_vectors_month_counts), whose
// GIN indexes serve it. Korean, Chinese and Japanese are not split into words by the English configuration (no
// spaces in Chinese; Korean attaches particles to words), so a query holding such characters matches each of its
// space-separated terms as a substring, case-insensitively, which the trigram indexes on Quote.text and on
// Article.title and Article.body serve (migration 20261130123000_article_text_trigram) for terms of three characters
// or more (pg_trgm finds no trigram in a shorter one: such a term is matched by a scan).
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

const CJK = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** True when the query is matched as substrings rather than as English words. */
export function isSubstringQuery(q: string): boolean {
  return CJK.test(q);
}

/** The terms of a substring query as LIKE patterns, their wildcards escaped. */
export function substringPatterns(q: string): string[] {
  return q
    .split(/\s+/)
    .filter(Boolean)
    .map((term) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}

/** The English full-text query of `q`. */
export const tsQuery = (q: string) => Prisma.sql`websearch_to_tsquery('english'::regconfig, ${q})`;

/**
 * `q` matched against a quote (`alias` names the Quote row in the query): its stored vector for English, its text
 * for a substring query.
 */
export function quoteTextMatches(alias: string, q: string): Prisma.Sql {
  const row = Prisma.raw(alias);
  if (!isSubstringQuery(q)) return Prisma.sql`${row}."searchVector" @@ ${tsQuery(q)}`;
  return Prisma.join(
    substringPatterns(q).map((pattern) => Prisma.sql`${row}."text" ILIKE ${pattern}`),
    " AND ",
  );
}

/**
 * `q` matched against an article (`alias` names the Article row): its stored vector (title and body) for English,
 * its title or body for each term of a substring query.
 */
export function articleTextMatches(alias: string, q: string): Prisma.Sql {
  const row = Prisma.raw(alias);
  if (!isSubstringQuery(q)) return Prisma.sql`${row}."searchVector" @@ ${tsQuery(q)}`;
  return Prisma.join(
    substringPatterns(q).map(
      (pattern) => Prisma.sql`(${row}."title" ILIKE ${pattern} OR ${row}."body" ILIKE ${pattern})`,
    ),
    " AND ",
  );
}
