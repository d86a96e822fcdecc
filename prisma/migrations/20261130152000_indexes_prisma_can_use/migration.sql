-- manual
-- Two partial indexes the app could never use: Prisma sends an enum as CAST($1::text AS "…Status"), which the
-- planner does not fold into a constant, so it cannot prove a predicate such as `status = 'published'` or
-- `status <> 'open'` from the query (both were checked with EXPLAIN on the statements Prisma sends). Their
-- predicates now say only what needs no parameter.
--
-- "Has this person a published quote?" (PUBLIC_PERSON: a page of the read API's people, a person's page): through
-- ("speakerId", "statedOn") it read every quote of a speaker with none published before answering no, so a page of
-- people cost more as drafts and quotes in review grew (5.5–6.6 ms for 100 people at 1M; 0.8 ms with this index,
-- where the status is a column instead of the predicate).
DROP INDEX "Quote_published_speakerId_idx";
CREATE INDEX "Quote_live_speakerId_status_idx" ON "Quote" ("speakerId", "status") WHERE "deletedAt" IS NULL;

-- /admin/shifts?view=decided: a decided item is one with a decision time (lib/shifts/decide.ts sets both), which
-- the query now also says, so the latest 50 are read from this index instead of sorting every decided one.
DROP INDEX "PossibleShift_decided_idx";
CREATE INDEX "PossibleShift_decided_idx" ON "PossibleShift" ("decidedAt", "id") WHERE "decidedAt" IS NOT NULL;
