// The one definition of "this text matches the words typed", for every read that takes `q` (the explorer, the
// read API, the public search). English text: PostgreSQL full-text search in web search syntax ("exact phrase",
// -word, or) over the stored "searchVector" columns (migration 20261130061800_search_vectors_month_counts), whose
// GIN indexes serve it. Korean, Chinese and Japanese are not split into words by the English configuration (no
// spaces in Chinese; Korean attaches particles to words), so a query holding such characters matches each of its
// space-separated terms as a substring, case-insensitively (ILIKE), on Quote.text and on Article.title and
// Article.body. Which index serves a term depends on its length:
// - three characters or more: the trigram indexes on those columns (migration 20261130123000_article_text_trigram);
// - exactly two CJK characters (평화, 북한, 和平, 条约 — the commonest word length in Korean and Chinese), where pg_trgm
//   finds no trigram: the ILIKE gets a companion `cjk_bigrams(column) @> ARRAY[term]`, which every row holding the
//   term satisfies and the bigram GIN indexes serve (migration 20261130151500_cjk_bigram_indexes);
// - one character, or two of which one is not CJK ("a평"): nothing serves it, the ILIKE scans the table.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

const CJK = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * A term of two characters that cjk_bigrams pairs: the same ranges as its regular expression in migration
 * 20261130151500_cjk_bigram_indexes (Hangul jamo, Hiragana and Katakana, compatibility jamo, Katakana extensions,
 * Han extension A, Han, Hangul jamo extended A, Hangul syllables and jamo extended B, Han compatibility). A term this
 * accepts and the function does not pair would find nothing, so change both together.
 */
const CJK_PAIR =
  /^[\u1100-\u11FF\u3040-\u30FF\u3130-\u318F\u31F0-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7FF\uF900-\uFAFF]{2}$/u;

/** True when the query is matched as substrings rather than as English words. */
export function isSubstringQuery(q: string): boolean {
  return CJK.test(q);
}

/** True when a substring term is served by the bigram indexes (exported for the test that pins the ranges). */
export function isCjkPair(term: string): boolean {
  return CJK_PAIR.test(term);
}

/**
 * Each space-separated term of `q` held, as a substring, by one of `columns`. A CJK pair's containment is one OR
 * over the columns, apart from the ILIKEs: it is then exactly the condition of the bigram indexes' scan (a BitmapOr
 * for title and body), which PostgreSQL does not check again on the rows found, whereas `(pair AND like) OR …`
 * would compute cjk_bigrams of every found row's body once more.
 */
function termsHeld(columns: Prisma.Sql[], q: string): Prisma.Sql {
  const terms = q.split(/\s+/).filter(Boolean);
  return Prisma.join(
    terms.map((term) => {
      const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const like = Prisma.join(
        columns.map((column) => Prisma.sql`${column} ILIKE ${pattern}`),
        " OR ",
      );
      if (!isCjkPair(term)) return Prisma.sql`(${like})`;
      const pair = Prisma.join(
        columns.map((column) => Prisma.sql`"cjk_bigrams"(${column}) @> ARRAY[${term}]::text[]`),
        " OR ",
      );
      return Prisma.sql`((${pair}) AND (${like}))`;
    }),
    " AND ",
  );
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
  return termsHeld([Prisma.sql`${row}."text"`], q);
}

/**
 * `q` matched against an article (`alias` names the Article row): its stored vector (title and body) for English,
 * its title or body for each term of a substring query.
 */
export function articleTextMatches(alias: string, q: string): Prisma.Sql {
  const row = Prisma.raw(alias);
  if (!isSubstringQuery(q)) return Prisma.sql`${row}."searchVector" @@ ${tsQuery(q)}`;
  return termsHeld([Prisma.sql`${row}."title"`, Prisma.sql`${row}."body"`], q);
}
