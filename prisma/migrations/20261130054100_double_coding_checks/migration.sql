-- manual
-- Double coding's rules that Prisma cannot express: the sampling rate is a percentage, one settings row, and an
-- article's two coders are two different editors (lib/double-coding checks the same and says so; these keep the
-- data right whatever writes it).
ALTER TABLE "DoubleCodingSettings"
  ADD CONSTRAINT "DoubleCodingSettings_samplingRate_check" CHECK ("samplingRate" BETWEEN 0 AND 100),
  ADD CONSTRAINT "DoubleCodingSettings_single_row_check" CHECK ("id" = 1);

ALTER TABLE "DoubleCoding"
  ADD CONSTRAINT "DoubleCoding_distinct_coders_check" CHECK ("coderAId" IS DISTINCT FROM "coderBId" OR "coderAId" IS NULL);
