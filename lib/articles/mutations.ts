// Writes to articles. Each checks the permission, then changes the row and records the audit event in one
// transaction. (Import and editing arrive with the annotation issue.)
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/permissions";
import { restore, softDelete, type SoftDeletable } from "@/lib/records/soft-delete";

const audited = { id: true, title: true, status: true, version: true, deletedAt: true } satisfies Prisma.ArticleSelect;

const articles: SoftDeletable = {
  label: "article",
  entityType: "Article",
  permission: "article.delete",
  find: (tx, id) => tx.article.findUnique({ where: { id }, select: audited }),
  setDeletedAt: (tx, id, deletedAt) =>
    tx.article.update({ where: { id }, data: { deletedAt, version: { increment: 1 } }, select: audited }),
};

/** Hides the article (and so its quotes) from every page; restorable from its history. */
export const deleteArticle = (actor: SessionUser | null, id: number) => softDelete(articles, actor, id);
export const restoreArticle = (actor: SessionUser | null, id: number) => restore(articles, actor, id);
