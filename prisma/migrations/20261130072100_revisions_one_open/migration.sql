-- manual
-- One open revision per record (lib/revisions/): a second editor continues the open one instead of starting a
-- rival, and two editors starting at once cannot both succeed.
CREATE UNIQUE INDEX "Revision_one_open_per_record" ON "Revision" ("entityType", "entityId")
  WHERE "status" IN ('draft', 'in_review', 'returned');
