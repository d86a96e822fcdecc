-- CreateEnum
CREATE TYPE "DoubleCodingSource" AS ENUM ('sampled', 'manual');

-- AlterTable
ALTER TABLE "Quote" ADD COLUMN     "codingId" INTEGER;

-- CreateTable
CREATE TABLE "DoubleCodingSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "samplingRate" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DoubleCodingSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DoubleCoding" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "coderAId" TEXT,
    "coderBId" TEXT,
    "source" "DoubleCodingSource" NOT NULL,
    "submittedAAt" TIMESTAMP(3),
    "submittedBAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DoubleCoding_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DoubleCoding_articleId_key" ON "DoubleCoding"("articleId");

-- CreateIndex
CREATE INDEX "DoubleCoding_completedAt_id_idx" ON "DoubleCoding"("completedAt", "id");

-- CreateIndex
CREATE INDEX "DoubleCoding_coderAId_idx" ON "DoubleCoding"("coderAId");

-- CreateIndex
CREATE INDEX "DoubleCoding_coderBId_idx" ON "DoubleCoding"("coderBId");

-- CreateIndex
CREATE INDEX "Quote_codingId_authorId_idx" ON "Quote"("codingId", "authorId");

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_codingId_fkey" FOREIGN KEY ("codingId") REFERENCES "DoubleCoding"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DoubleCoding" ADD CONSTRAINT "DoubleCoding_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DoubleCoding" ADD CONSTRAINT "DoubleCoding_coderAId_fkey" FOREIGN KEY ("coderAId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DoubleCoding" ADD CONSTRAINT "DoubleCoding_coderBId_fkey" FOREIGN KEY ("coderBId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

