// An editor's decision on a possible shift. Confirming writes a new country stance record citing the quote and
// sends it for review at once: it reaches the public pages (and the shift feeds) only when a second editor
// approves it, like any other record. Dismissing records why. Either is one transaction with its audit events, and
// only an open item can be decided (two editors cannot both win).
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { writeCountryStance } from "@/lib/country-stances/save-country-stance";
import { takeReviewStep } from "@/lib/review/reviewable";
import { parseInput } from "@/lib/validation";
import { confirmShiftSchema, dismissShiftSchema, type ConfirmShiftInput, type DismissShiftInput } from "./schemas";

type Tx = Prisma.TransactionClient;

async function openShift(tx: Tx, shiftId: number) {
  const shift = await tx.possibleShift.findUnique({
    where: { id: shiftId },
    select: { id: true, status: true, countryId: true, dimensionId: true, quoteId: true, currentRecordId: true },
  });
  if (!shift) throw new AppError("NOT_FOUND", "No such possible shift.");
  if (shift.status !== "open")
    throw new AppError("CONFLICT", `This possible shift was ${shift.status} already; reload to see the decision.`);
  return shift;
}

/** Marks the item decided only if it is still open, so a second decision made at the same time fails. */
async function decide(tx: Tx, actor: SessionUser, shiftId: number, data: Prisma.PossibleShiftUncheckedUpdateManyInput) {
  const { count } = await tx.possibleShift.updateMany({
    where: { id: shiftId, status: "open" },
    data: { ...data, decidedById: actor.id, decidedAt: new Date() },
  });
  if (count === 0) throw new AppError("CONFLICT", "Another editor decided this possible shift just now; reload.");
}

export async function confirmShift(
  actor: SessionUser | null,
  raw: ConfirmShiftInput,
): Promise<{ shiftId: number; recordId: number }> {
  assertCan(actor, "countryStance.edit");
  const input = parseInput(confirmShiftSchema, raw);
  return db.$transaction(async (tx) => {
    const shift = await openShift(tx, input.shiftId);
    const saved = await writeCountryStance(
      tx,
      actor,
      {
        countryId: shift.countryId,
        dimensionId: shift.dimensionId,
        positionId: input.positionId,
        validFrom: input.validFrom,
        validTo: null,
        summary: input.summary,
        quoteIds: [shift.quoteId],
      },
      { addContributor: actor.id },
    );
    await takeReviewStep(
      tx,
      actor,
      { kind: "countryStance", id: saved.id, version: saved.version },
      {
        from: ["draft"],
        authorize: () => undefined,
        change: () => ({ status: "in_review", submittedAt: new Date() }),
      },
    );
    await decide(tx, actor, shift.id, { status: "confirmed", resultRecordId: saved.id });
    await recordAudit(tx, {
      actor,
      action: "status",
      entityType: "PossibleShift",
      entityId: shift.id,
      before: { status: "open" },
      after: { status: "confirmed", resultRecordId: saved.id, positionId: input.positionId },
    });
    return { shiftId: shift.id, recordId: saved.id };
  });
}

export async function dismissShift(actor: SessionUser | null, raw: DismissShiftInput): Promise<void> {
  assertCan(actor, "countryStance.edit");
  const input = parseInput(dismissShiftSchema, raw);
  await db.$transaction(async (tx) => {
    const shift = await openShift(tx, input.shiftId);
    await decide(tx, actor, shift.id, { status: "dismissed", reason: input.reason });
    await recordAudit(tx, {
      actor,
      action: "status",
      entityType: "PossibleShift",
      entityId: shift.id,
      before: { status: "open" },
      after: { status: "dismissed", reason: input.reason },
    });
  });
}
