// Publishing an article puts it, with its approved (published) quotes, on the public pages; unpublishing takes
// it and all its quotes off every public page at once, since every public read filters on the article's status
// (PUBLISHED_ARTICLE in lib/articles/public.ts, PUBLISHED_QUOTE in lib/quotes/public.ts). Quotes keep their own
// status either way, so publishing again brings back exactly the approved ones.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ArticleStatus } from "@/lib/generated/prisma/client";
import { assertCan, assertMayPublish, type SessionUser } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import type { ArticleVersion } from "@/lib/review/schemas";
import { detectShiftsIn, publicQuoteIdsOfArticle } from "@/lib/review/shift-detection";
import { assertNoOpenTakedown } from "@/lib/review/takedowns";

const audited = {
  id: true,
  status: true,
  publishedAt: true,
  version: true,
  createdById: true,
  contributorIds: true,
  deletedAt: true,
} as const;

/** A second editor publishes: no contributor (importer, editor) may, except an admin giving a reason (an override). */
export function publishArticle(actor: SessionUser | null, target: ArticleVersion) {
  return setArticleStatus(actor, target, "published");
}

export function unpublishArticle(actor: SessionUser | null, target: ArticleVersion) {
  return setArticleStatus(actor, target, "draft");
}

async function setArticleStatus(actor: SessionUser | null, target: ArticleVersion, status: ArticleStatus) {
  assertCan(actor, "review.publish");
  return db.$transaction(async (tx) => {
    const before = await tx.article.findUnique({ where: { id: target.articleId }, select: audited });
    if (!before || before.deletedAt) throw new AppError("NOT_FOUND", "No such article.");
    const contributors = [...before.contributorIds, before.createdById];
    const { override } =
      status === "published" ? assertMayPublish(actor, contributors, target.overrideReason) : { override: null };
    if (before.version !== target.version) {
      throw new AppError(
        "CONFLICT",
        "Someone changed this article since you opened it. Reload to see the current version.",
      );
    }
    // A takedown is undone only by a second editor's decision on it, not by publishing again.
    if (status === "published") await assertNoOpenTakedown(tx, "Article", target.articleId);
    if (before.status === status)
      throw new AppError(
        "CONFLICT",
        `This article is ${status === "published" ? "published" : "unpublished"} already.`,
      );
    const { count } = await tx.article.updateMany({
      where: { id: target.articleId, version: target.version },
      data: { status, publishedAt: status === "published" ? new Date() : null, version: { increment: 1 } },
    });
    if (count === 0)
      throw new AppError(
        "CONFLICT",
        "Someone changed this article since you opened it. Reload to see the current version.",
      );
    const after = await tx.article.findUniqueOrThrow({ where: { id: target.articleId }, select: audited });
    await recordAudit(tx, {
      actor,
      action: "status",
      entityType: "Article",
      entityId: target.articleId,
      before,
      after: override ? { ...after, override } : after,
    });
    // Its approved quotes become public with it: they may show shifts of position.
    if (status === "published") await detectShiftsIn(tx, actor, await publicQuoteIdsOfArticle(tx, target.articleId));
    return after;
  });
}
