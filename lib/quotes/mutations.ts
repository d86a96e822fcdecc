// Writes to quotes. Each checks the permission, then changes the row and records the audit event in one
// transaction. (Creating, editing and review arrive with the annotation and review issues.)
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/permissions";
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
export const deleteQuote = (actor: SessionUser | null, id: number) => softDelete(quotes, actor, id);
export const restoreQuote = (actor: SessionUser | null, id: number) => restore(quotes, actor, id);
