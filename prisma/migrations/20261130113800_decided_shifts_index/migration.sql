-- manual
-- /admin/shifts?view=decided lists the latest decided possible shifts, 50 at a time (lib/shifts/queries.ts): without
-- this it sorted every decided one, a number that only grows. Partial, as Prisma cannot say: open ones are not in it.
CREATE INDEX "PossibleShift_decided_idx" ON "PossibleShift" ("decidedAt", "id") WHERE "status" <> 'open';
