-- manual
-- Korean, Chinese and Japanese searches of articles match each term as a substring of the title or the body
-- (lib/search/text-match.ts, articleTextMatches: ILIKE), which the English full-text vector cannot serve. Trigram
-- indexes serve them, as Quote_text_trgm_idx does for quotes: the search page's article results and the articles
-- API's `q` then read the index instead of every article's body. A term needs three characters for pg_trgm to
-- find trigrams in it; shorter terms are still matched, by a scan.
CREATE INDEX "Article_title_trgm_idx" ON "Article" USING GIN ("title" gin_trgm_ops);
CREATE INDEX "Article_body_trgm_idx" ON "Article" USING GIN ("body" gin_trgm_ops);
