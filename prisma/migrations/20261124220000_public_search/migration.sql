-- manual
-- Search for the public site (lib/search/public.ts). Prisma 7 cannot express any of this: `extensions` in the
-- datasource needs the `postgresqlExtensions` preview feature, and a trigram index needs the extension first.
-- The expressions below must match the queries in lib/search/public.ts character for character, or PostgreSQL
-- will not use the indexes.

-- Trigram similarity finds people by name or alias even when misspelled ("Yang Jeichi").
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "Person_name_trgm_idx" ON "Person" USING GIN ("name" gin_trgm_ops);
CREATE INDEX "PersonAlias_name_trgm_idx" ON "PersonAlias" USING GIN ("name" gin_trgm_ops);

-- Full-text search over quotes and articles (English stemming: the corpus is in English).
CREATE INDEX "Quote_text_fts_idx" ON "Quote" USING GIN (to_tsvector('english'::regconfig, "text"));
CREATE INDEX "Article_fts_idx" ON "Article" USING GIN (
  (setweight(to_tsvector('english'::regconfig, "title"), 'A') || setweight(to_tsvector('english'::regconfig, "body"), 'B'))
);
