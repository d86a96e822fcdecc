-- CreateEnum
CREATE TYPE "PossibleShiftStatus" AS ENUM ('open', 'confirmed', 'dismissed');

-- CreateTable
CREATE TABLE "PossibleShift" (
    "id" SERIAL NOT NULL,
    "countryId" INTEGER NOT NULL,
    "dimensionId" INTEGER NOT NULL,
    "quoteId" INTEGER NOT NULL,
    "currentRecordId" INTEGER,
    "status" "PossibleShiftStatus" NOT NULL DEFAULT 'open',
    "reason" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "resultRecordId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PossibleShift_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PossibleShift_resultRecordId_key" ON "PossibleShift"("resultRecordId");

-- CreateIndex
CREATE INDEX "PossibleShift_status_createdAt_idx" ON "PossibleShift"("status", "createdAt");

-- CreateIndex
CREATE INDEX "PossibleShift_countryId_status_idx" ON "PossibleShift"("countryId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "PossibleShift_quoteId_countryId_dimensionId_key" ON "PossibleShift"("quoteId", "countryId", "dimensionId");

-- AddForeignKey
ALTER TABLE "PossibleShift" ADD CONSTRAINT "PossibleShift_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PossibleShift" ADD CONSTRAINT "PossibleShift_dimensionId_fkey" FOREIGN KEY ("dimensionId") REFERENCES "Dimension"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PossibleShift" ADD CONSTRAINT "PossibleShift_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PossibleShift" ADD CONSTRAINT "PossibleShift_currentRecordId_fkey" FOREIGN KEY ("currentRecordId") REFERENCES "CountryStance"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PossibleShift" ADD CONSTRAINT "PossibleShift_resultRecordId_fkey" FOREIGN KEY ("resultRecordId") REFERENCES "CountryStance"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PossibleShift" ADD CONSTRAINT "PossibleShift_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

