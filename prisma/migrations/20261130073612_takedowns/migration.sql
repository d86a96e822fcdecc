-- CreateTable
CREATE TABLE "Takedown" (
    "id" SERIAL NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "takenDownById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decision" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "Takedown_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Takedown_decision_createdAt_idx" ON "Takedown"("decision", "createdAt");

-- CreateIndex
CREATE INDEX "Takedown_entityType_entityId_idx" ON "Takedown"("entityType", "entityId");

