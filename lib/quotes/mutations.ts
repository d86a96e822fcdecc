// Writes to quotes. Each checks the permission, then changes the row and records the audit event in one
// transaction. (Creating, editing and review arrive with the annotation and review issues.)
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { assertCodingQuoteWritable } from "@/lib/double-coding/coding-slot";
import { restore, softDelete, type SoftDeletable } from "@/lib/records/soft-delete";

const audited = {
  id: true,
  articleId: true,
  text: true,
  status: true,
  version: true,
  deletedAt: true,
} satisfies Prisma.QuoteSelect;

const quotes: SoftDeletable = {
  label: "quote",
  entityType: "Quote",
  permission: "quote.delete",
  find: (tx, id) => tx.quote.findUnique({ where: { id }, select: audited }),
  setDeletedAt: (tx, id, deletedAt) =>
    tx.quote.update({ where: { id }, data: { deletedAt, version: { increment: 1 } }, select: audited }),
};

/** Hides the quote and, with it, its stances (reads filter on the quote's deletedAt); restorable from its history. */
export async function deleteQuote(actor: SessionUser | null, id: number) {
  await guardCoding(actor, id);
  await softDelete(quotes, actor, id);
}

export async function restoreQuote(actor: SessionUser | null, id: number) {
  await guardCoding(actor, id);
  await restore(quotes, actor, id);
}

/** A quote of a double coding changes only by its coder, before they submit (lib/double-coding/coding-slot.ts). */
async function guardCoding(actor: SessionUser | null, id: number) {
  assertCan(actor, "quote.delete");
  if (!Number.isSafeInteger(id) || id < 1) throw new AppError("NOT_FOUND", "No such quote.");
  const quote = await db.quote.findUnique({ where: { id }, select: { codingId: true, authorId: true } });
  if (quote) await assertCodingQuoteWritable(db, actor, quote);
}
