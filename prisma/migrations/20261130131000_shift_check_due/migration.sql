-- CreateTable
CREATE TABLE "ShiftCheckDue" (
    "quoteId" INTEGER NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShiftCheckDue_pkey" PRIMARY KEY ("quoteId")
);

-- CreateIndex
CREATE INDEX "ShiftCheckDue_dueAt_idx" ON "ShiftCheckDue"("dueAt");

-- AddForeignKey
ALTER TABLE "ShiftCheckDue" ADD CONSTRAINT "ShiftCheckDue_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

