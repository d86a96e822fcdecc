// Writes of double coding: the sampling rate, hand assignments, a coder's submission, and the draw at import.
// Each checks the permission, then writes and records its audit event in one transaction.
import "server-only";
import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { parseInput } from "@/lib/validation";
import { sideOf } from "./coding-slot";
import {
  assignmentSchema,
  samplingRateSchema,
  submitCodingSchema,
  type AssignmentInput,
  type SamplingRateInput,
  type SubmitCodingInput,
} from "./schemas";

export async function setSamplingRate(actor: SessionUser | null, raw: SamplingRateInput): Promise<number> {
  assertCan(actor, "doubleCoding.manage");
  const { samplingRate } = parseInput(samplingRateSchema, raw);
  return db.$transaction(async (tx) => {
    const before = await tx.doubleCodingSettings.findUnique({ where: { id: 1 }, select: { samplingRate: true } });
    await tx.doubleCodingSettings.upsert({ where: { id: 1 }, create: { samplingRate }, update: { samplingRate } });
    await recordAudit(tx, {
      actor,
      action: "update",
      entityType: "DoubleCodingSettings",
      entityId: 1,
      before: before ?? { samplingRate: 0 },
      after: { samplingRate },
    });
    return samplingRate;
  });
}

/**
 * An admin assigns an article to two editors. The article must not have been coded yet (a coder who saw
 * another's quotes would not code independently); a coder who has started keeps their slot.
 */
export async function assignDoubleCoding(actor: SessionUser | null, raw: AssignmentInput): Promise<{ id: number }> {
  assertCan(actor, "doubleCoding.manage");
  const input = parseInput(assignmentSchema, raw);
  return db.$transaction(async (tx) => {
    const article = await tx.article.findFirst({
      where: { id: input.articleId, deletedAt: null },
      select: { id: true },
    });
    if (!article) throw new AppError("NOT_FOUND", "No such article.");
    await checkCoders(tx, [input.coderAId, input.coderBId]);
    const before = await tx.doubleCoding.findUnique({ where: { articleId: input.articleId } });
    if (before?.completedAt) throw new AppError("CONFLICT", "This article's double coding is complete already.");
    const started = await tx.quote.findMany({
      where: { articleId: input.articleId, deletedAt: null },
      distinct: ["authorId"],
      select: { authorId: true, codingId: true },
    });
    if (started.some((quote) => quote.codingId === null))
      throw new AppError(
        "CONFLICT",
        "This article has quotes already; double coding needs an article nobody has coded.",
      );
    const coders = [input.coderAId, input.coderBId];
    const displaced = started.find((quote) => quote.authorId && !coders.includes(quote.authorId));
    if (displaced)
      throw new AppError("CONFLICT", "An editor has started coding this article; keep them as one of its two coders.", {
        fields: { coderAId: ["Keep the editor who has started coding."] },
      });
    const data = { coderAId: input.coderAId, coderBId: input.coderBId };
    const after = before
      ? await tx.doubleCoding.update({ where: { id: before.id }, data: { ...data, version: { increment: 1 } } })
      : await tx.doubleCoding.create({ data: { ...data, articleId: input.articleId, source: "manual" } });
    await recordAudit(tx, {
      actor,
      action: before ? "update" : "create",
      entityType: "DoubleCoding",
      entityId: after.id,
      before: before ? { ...before } : null,
      after: { ...after },
    });
    return { id: after.id };
  });
}

async function checkCoders(tx: Prisma.TransactionClient, ids: string[]) {
  const users = await tx.user.findMany({
    where: { id: { in: ids }, active: true, role: { in: ["editor", "admin"] } },
    select: { id: true },
  });
  const fields: Record<string, string[]> = {};
  (["coderAId", "coderBId"] as const).forEach((field, index) => {
    if (!users.some((user) => user.id === ids[index])) fields[field] = ["Choose an active editor."];
  });
  if (Object.keys(fields).length) throw new AppError("INVALID_INPUT", "Some fields need attention.", { fields });
}

/** A coder declares their coding of the article done. When both have, the codings open to each other. */
export async function submitCoding(actor: SessionUser | null, raw: SubmitCodingInput) {
  assertCan(actor, "quote.edit");
  const input = parseInput(submitCodingSchema, raw);
  return db.$transaction(async (tx) => {
    const before = await tx.doubleCoding.findUnique({ where: { id: input.codingId } });
    const side = before ? sideOf(before, actor.id) : null;
    if (!before || !side) throw new AppError("NOT_FOUND", "You are not a coder of this double coding.");
    if (before.version !== input.version)
      throw new AppError("CONFLICT", "This double coding changed since you opened it. Reload to see it.");
    if (side === "A" ? before.submittedAAt : before.submittedBAt)
      throw new AppError("CONFLICT", "You have submitted your coding already.");
    const now = new Date();
    const otherDone = side === "A" ? before.submittedBAt : before.submittedAAt;
    const changed = await tx.doubleCoding.updateMany({
      where: { id: before.id, version: before.version },
      data: {
        ...(side === "A" ? { submittedAAt: now } : { submittedBAt: now }),
        ...(otherDone ? { completedAt: now } : {}),
        version: { increment: 1 },
      },
    });
    if (changed.count === 0)
      throw new AppError("CONFLICT", "This double coding changed since you opened it. Reload to see it.");
    const after = await tx.doubleCoding.findUniqueOrThrow({ where: { id: before.id } });
    await recordAudit(tx, {
      actor,
      action: "status",
      entityType: "DoubleCoding",
      entityId: before.id,
      before: { ...before },
      after: { ...after },
    });
    return { id: after.id, version: after.version, completed: after.completedAt !== null };
  });
}

/**
 * At import: draws the new article for double coding with the configured probability. Inside the import's
 * transaction (the importer's permission is checked there). Cryptographic randomness: nobody can steer which
 * articles are drawn.
 */
export async function drawForDoubleCoding(tx: Prisma.TransactionClient, articleId: number): Promise<boolean> {
  const settings = await tx.doubleCodingSettings.findUnique({ where: { id: 1 }, select: { samplingRate: true } });
  const rate = settings?.samplingRate ?? 0;
  if (rate === 0 || randomInt(100) >= rate) return false;
  await tx.doubleCoding.create({ data: { articleId, source: "sampled" } });
  return true;
}
