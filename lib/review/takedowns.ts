// Takedown: one editor unpublishes a record at once (legal or safety reasons), giving a reason; the public pages
// stop showing it in the same transaction. The takedown is audited and listed for a second editor, who confirms it
// (the record stays unpublished) or reverses it (published again). The one who took it down may not decide it.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { recordAudit, type AuditEntityType } from "@/lib/audit/record";
import { detectShiftsIn, publicQuoteIdsOfArticle } from "@/lib/review/shift-detection";
import { parseInput } from "@/lib/validation";
import { takedownDecisionSchema, takedownSchema, type TakedownDecisionInput, type TakedownInput } from "./schemas";

type Tx = Prisma.TransactionClient;

/** Each kind's published status and the status a takedown leaves it in. */
const KINDS = {
  Quote: {
    label: "quote",
    status: (tx: Tx, id: number) =>
      tx.quote.findUnique({ where: { id }, select: { status: true, version: true, deletedAt: true } }),
    set: (tx: Tx, id: number, published: boolean) =>
      tx.quote.update({
        where: { id },
        data: { status: published ? "published" : "draft", version: { increment: 1 } },
        select: { status: true, version: true },
      }),
  },
  CountryStance: {
    label: "country stance record",
    status: (tx: Tx, id: number) =>
      tx.countryStance.findUnique({ where: { id }, select: { status: true, version: true, deletedAt: true } }),
    set: (tx: Tx, id: number, published: boolean) =>
      tx.countryStance.update({
        where: { id },
        data: { status: published ? "published" : "draft", version: { increment: 1 } },
        select: { status: true, version: true },
      }),
  },
  Article: {
    label: "article",
    status: (tx: Tx, id: number) =>
      tx.article.findUnique({ where: { id }, select: { status: true, version: true, deletedAt: true } }),
    set: (tx: Tx, id: number, published: boolean) =>
      tx.article.update({
        where: { id },
        data: { status: published ? "published" : "draft", version: { increment: 1 } },
        select: { status: true, version: true },
      }),
  },
} as const;

export async function takeDown(actor: SessionUser | null, input: TakedownInput): Promise<{ id: number }> {
  assertCan(actor, "review.publish");
  const { entityType, entityId, reason } = parseInput(takedownSchema, input);
  const kind = KINDS[entityType];
  return db.$transaction(async (tx) => {
    const record = await kind.status(tx, entityId);
    if (!record || record.deletedAt) throw new AppError("NOT_FOUND", `No such ${kind.label}.`);
    if (record.status !== "published") throw new AppError("CONFLICT", `This ${kind.label} is not published.`);
    const after = await kind.set(tx, entityId, false);
    const takedown = await tx.takedown.create({
      data: { entityType, entityId, reason, takenDownById: actor.id },
      select: { id: true },
    });
    await audit(tx, actor, entityType, entityId, { takedownId: takedown.id, step: "taken down", reason, ...after });
    return takedown;
  });
}

/** A second editor confirms (it stays down) or reverses (it is published again) a takedown. */
export async function decideTakedown(actor: SessionUser | null, input: TakedownDecisionInput): Promise<void> {
  assertCan(actor, "review.publish");
  const { takedownId, decision } = parseInput(takedownDecisionSchema, input);
  await db.$transaction(async (tx) => {
    const takedown = await tx.takedown.findUnique({ where: { id: takedownId } });
    if (!takedown || !(takedown.entityType in KINDS)) throw new AppError("NOT_FOUND", "No such takedown.");
    if (takedown.takenDownById === actor.id)
      throw new AppError("FORBIDDEN", "You took this down: a second editor must confirm or reverse it.", {
        refusal: { userId: actor.id, action: "review.publish (own takedown)" },
      });
    const { count } = await tx.takedown.updateMany({
      where: { id: takedownId, decision: null },
      data: { decision, decidedById: actor.id, decidedAt: new Date() },
    });
    if (count === 0) throw new AppError("CONFLICT", "Someone has decided this takedown already.");
    const entityType = takedown.entityType as keyof typeof KINDS;
    if (decision === "reversed") await assertUnchangedSinceTakedown(tx, entityType, takedown.id, takedown.entityId);
    const after = decision === "reversed" ? await KINDS[entityType].set(tx, takedown.entityId, true) : null;
    if (after && entityType !== "CountryStance") {
      const quoteIds =
        entityType === "Quote" ? [takedown.entityId] : await publicQuoteIdsOfArticle(tx, takedown.entityId);
      await detectShiftsIn(tx, actor, quoteIds);
    }
    await audit(tx, actor, entityType, takedown.entityId, { takedownId, step: decision, ...after });
  });
}

/**
 * Reversing publishes the record again without a review, so it must be the version that was taken down: while
 * down it is a draft, and a draft is edited in place (or sent for review). A record changed since goes through
 * review like any other; the takedown is then confirmed.
 */
async function assertUnchangedSinceTakedown(
  tx: Tx,
  entityType: keyof typeof KINDS,
  takedownId: number,
  entityId: number,
): Promise<void> {
  const kind = KINDS[entityType];
  const [record, event] = await Promise.all([
    kind.status(tx, entityId),
    tx.auditEvent.findFirst({
      where: {
        entityType,
        entityId: String(entityId),
        action: "takedown",
        after: { path: ["takedownId"], equals: takedownId },
      },
      orderBy: { id: "asc" },
      select: { after: true },
    }),
  ]);
  if (!record || record.deletedAt)
    throw new AppError("CONFLICT", `This ${kind.label} was deleted since it was taken down.`);
  const takenDownVersion = (event?.after as { version?: unknown } | null)?.version;
  if (record.status !== "draft" || record.version !== takenDownVersion)
    throw new AppError(
      "CONFLICT",
      `This ${kind.label} was changed since it was taken down: reversing would publish the change unreviewed. Confirm the takedown and send the ${kind.label} for review instead.`,
    );
}

/**
 * Publishing a record that is down and waiting for a decision on its takedown is refused: otherwise the editor who
 * took it down could put it back alone (send it for review, approve it, or publish its article) around the second
 * editor's decision. Once the takedown is confirmed, the record is published again through review as usual.
 */
export async function assertNoOpenTakedown(tx: Tx, entityType: keyof typeof KINDS, entityId: number): Promise<void> {
  const takedown = await tx.takedown.findFirst({
    where: { entityType, entityId, decision: null },
    select: { reason: true },
  });
  if (takedown)
    throw new AppError(
      "CONFLICT",
      `This ${KINDS[entityType].label} was taken down (${takedown.reason}): a second editor confirms or reverses the takedown on the review page first.`,
    );
}

export interface TakedownItem {
  id: number;
  entityType: string;
  entityId: number;
  reason: string;
  createdAt: Date;
  takenDownBy: string | null;
  /** Whether the signed-in editor may decide it (not the one who took it down). */
  mayDecide: boolean;
}

/** Takedowns waiting for a second editor, oldest first. */
export async function listOpenTakedowns(actor: SessionUser | null): Promise<TakedownItem[]> {
  assertCan(actor, "review.publish");
  const rows = await db.takedown.findMany({ where: { decision: null }, orderBy: { id: "asc" }, take: 100 });
  const users = await db.user.findMany({
    where: { id: { in: rows.map((row) => row.takenDownById).filter((id) => id !== null) } },
    select: { id: true, name: true, email: true },
  });
  return rows.map((row) => {
    const user = users.find((candidate) => candidate.id === row.takenDownById);
    return {
      id: row.id,
      entityType: row.entityType,
      entityId: row.entityId,
      reason: row.reason,
      createdAt: row.createdAt,
      takenDownBy: user ? (user.name ?? user.email) : null,
      mayDecide: row.takenDownById !== actor.id,
    };
  });
}

function audit(tx: Tx, actor: SessionUser, entityType: AuditEntityType, entityId: number, after: object) {
  return recordAudit(tx, { actor, action: "takedown", entityType, entityId, after: { ...after } });
}
