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
  // Published quotes are cited and linked from outside: they are taken down one by one, with a reason, first.
  refuseDelete: async (tx, id) => {
    const quotes = await tx.quote.count({ where: { articleId: id, status: "published", deletedAt: null } });
    if (quotes === 0) return null;
    return `This article cannot be deleted: ${quotes} of its quotes ${quotes === 1 ? "is" : "are"} published. Take ${quotes === 1 ? "it" : "them"} down first (each with a reason).`;
  },
};

/** Hides the article (and so its quotes) from every page; restorable from its history. */
export const deleteArticle = (actor: SessionUser | null, id: number) => softDelete(articles, actor, id);
export const restoreArticle = (actor: SessionUser | null, id: number) => restore(articles, actor, id);
