-- manual
-- Two-character Korean, Chinese and Japanese search terms served by an index (issue #13). Such a query matches each
-- space-separated term as a substring (lib/search/text-match.ts); pg_trgm finds no trigram in a two-character term,
-- so 평화, 북한, 和平 or 条约 scanned every quote and article body (623 ms at 1M). cjk_bigrams lists every distinct
-- pair of consecutive Hangul (syllables and jamo), Han (with extension A and compatibility ideographs), Hiragana or
-- Katakana characters of a text; a text holding a two-character term of these scripts holds that pair, so
-- `cjk_bigrams(col) @> ARRAY[term]` is implied by `col ILIKE '%term%'` and the GIN indexes below serve it.
-- The character ranges are CJK_PAIR in lib/search/text-match.ts: change both together.
-- The pairs come from zipping each run's characters with themselves shifted by one (unnest of two slices), which is
-- linear in the run: substr(run, i, 2) over generate_series walks the run from its start for every i and took 7.9 s
-- on a 50,000-character run of Chinese without punctuation (this: 32 ms). Text without these scripts costs one
-- regular-expression pass (about 5 µs for a 429-character English body).
CREATE FUNCTION "cjk_bigrams"(input text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN ARRAY(
  SELECT DISTINCT pair.first || pair.second
    FROM regexp_matches(input, '[\u1100-\u11FF\u3040-\u30FF\u3130-\u318F\u31F0-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7FF\uF900-\uFAFF]{2,}', 'g') AS run,
         regexp_split_to_array(run[1], '') AS chars,
         unnest(chars[:cardinality(chars) - 1], chars[2:]) AS pair(first, second));

CREATE INDEX "Quote_text_cjk_bigrams_idx" ON "Quote" USING GIN ("cjk_bigrams"("text"));
CREATE INDEX "Article_title_cjk_bigrams_idx" ON "Article" USING GIN ("cjk_bigrams"("title"));
CREATE INDEX "Article_body_cjk_bigrams_idx" ON "Article" USING GIN ("cjk_bigrams"("body"));

-- Statistics of the new index expressions, so that the planner estimates how many rows hold a pair (most common
-- elements) instead of assuming 0.5% of the table, which could make it walk a date index past every row instead.
ANALYZE "Quote";
ANALYZE "Article";
