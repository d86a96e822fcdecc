-- manual
-- Partial indexes for reads that otherwise scan a whole table to find a handful of rows (Prisma cannot express the
-- WHERE of a partial index). Each holds only the rare rows it names, so live writes to the table do not touch it.
--
-- /admin/deleted: the latest deleted articles and people, newest first, 50 at a time by key (lib/records/deleted.ts).
CREATE INDEX "Article_deleted_idx" ON "Article" ("deletedAt", "id") WHERE "deletedAt" IS NOT NULL;
CREATE INDEX "Person_deleted_idx" ON "Person" ("deletedAt", "id") WHERE "deletedAt" IS NOT NULL;

-- The /admin inbox's count of orphaned quotes (lib/admin-home/inbox.ts): a few rows among a million.
CREATE INDEX "Quote_orphaned_idx" ON "Quote" ("articleId") WHERE "orphanedAt" IS NOT NULL;
