-- CreateEnum
CREATE TYPE "QuoteOrigin" AS ENUM ('manual', 'suggestion', 'suggestion_edited');

-- AlterTable
ALTER TABLE "Quote" ADD COLUMN     "origin" "QuoteOrigin" NOT NULL DEFAULT 'manual';

-- CreateTable
CREATE TABLE "RejectedSuggestion" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "startOffset" INTEGER NOT NULL,
    "endOffset" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "rejectedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RejectedSuggestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RejectedSuggestion_articleId_startOffset_endOffset_key" ON "RejectedSuggestion"("articleId", "startOffset", "endOffset");

-- AddForeignKey
ALTER TABLE "RejectedSuggestion" ADD CONSTRAINT "RejectedSuggestion_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RejectedSuggestion" ADD CONSTRAINT "RejectedSuggestion_rejectedById_fkey" FOREIGN KEY ("rejectedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

