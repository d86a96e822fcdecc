-- DropIndex
DROP INDEX "Quote_speakerOrganizationId_idx";

-- CreateIndex
CREATE INDEX "Quote_speakerOrganizationId_statedOn_idx" ON "Quote"("speakerOrganizationId", "statedOn");

