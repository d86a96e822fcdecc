// The possible-shift check (#16) of a quote approved from the review queue runs just after the approval's answer,
// not inside the approving transaction: it is half the statements of an approval, and the reviewer waits for the
// answer before the next item shows (#14). What keeps it from being lost: the approving transaction writes a
// ShiftCheckDue row with the approval, so an approval and its pending check exist together or not at all. The
// check then runs in its own transaction and deletes the row there. If it fails (the database went away, a
// conflict with another check), the row stays and runs again, oldest first, with the next approval's check or when
// an editor opens the list of possible shifts; the approval itself stands either way. Bulk approval, publishing an article and takedowns still check inside their
// own transactions (lib/review/shift-detection.ts).
import "server-only";
import { after } from "next/server";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { insideNextServer } from "@/lib/env";
import { detectShiftsIn, type DetectedShift } from "@/lib/review/shift-detection";

/** How many due checks one run takes; more wait for the next run. */
const BATCH = 50;

/** Inside the approving transaction: the quote's shift check is due. */
export async function markShiftCheckDue(tx: Prisma.TransactionClient, quoteId: number): Promise<void> {
  await tx.shiftCheckDue.createMany({ data: [{ quoteId }], skipDuplicates: true });
}

/**
 * After the approving transaction committed: in the app, once the answer has been sent (Next.js's `after`); in
 * scripts and tests, at once. A failure is reported, never thrown: the approval stands and the check stays due.
 */
export async function runDueShiftChecksSoon(actor: { id: string } | null): Promise<void> {
  const run = () => runDueShiftChecksReporting(actor);
  if (insideNextServer()) after(run);
  else await run();
}

/**
 * Runs the due checks now, reporting a failure instead of throwing it (the checks stay due): after an approval, and
 * before the editors' list of possible shifts (lib/shifts/queries.ts), so that list never misses one.
 */
export async function runDueShiftChecksReporting(actor: { id: string } | null): Promise<void> {
  await runDueShiftChecks(actor).catch((error: unknown) => {
    console.error(
      `A possible-shift check failed; it stays due and runs again with the next approval or look at the possible shifts: ${
        error instanceof Error ? error.message : String(error)
      }`,
    );
  });
}

/**
 * Runs the due checks, oldest first, in one transaction that deletes their rows: a check runs once even when two
 * runs overlap (rows another run holds are skipped, and it deletes them). Returns the shifts opened.
 */
export async function runDueShiftChecks(actor: { id: string } | null): Promise<DetectedShift[]> {
  return db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ quoteId: number }[]>`
      SELECT "quoteId" FROM "ShiftCheckDue" ORDER BY "dueAt", "quoteId" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`;
    if (due.length === 0) return [];
    const quoteIds = due.map((row) => row.quoteId);
    const opened = await detectShiftsIn(tx, actor, quoteIds);
    await tx.shiftCheckDue.deleteMany({ where: { quoteId: { in: quoteIds } } });
    return opened;
  });
}
