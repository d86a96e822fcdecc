// Reads of articles for the admin pages: the list with status and quote counts, and one article with its
// quotes for review and publishing. Editors only; drafts included.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ArticleStatus, ReviewStatus } from "@/lib/generated/prisma/client";
import { approvalFor, assertCan, type Approval, type SessionUser } from "@/lib/auth/permissions";
import { contributorsOf } from "@/lib/revisions/contributors";
import { readableQuoteWhere } from "@/lib/double-coding/visibility";

export const ARTICLE_PAGE_SIZE = 25;

export interface ArticleListItem {
  id: number;
  title: string;
  outlet: string | null;
  publishedOn: Date;
  status: ArticleStatus;
  /** Quotes (not deleted) by review status. */
  quoteCounts: Record<ReviewStatus, number>;
}

/** Newest first (by id, so the order is stable while editors import), keyset-paginated by id. */
export async function listArticles(
  actor: SessionUser | null,
  options: { before?: number } = {},
): Promise<{ items: ArticleListItem[]; nextBefore: number | null }> {
  assertCan(actor, "article.edit");
  const rows = await db.article.findMany({
    where: { deletedAt: null, ...(options.before ? { id: { lt: options.before } } : {}) },
    orderBy: { id: "desc" },
    take: ARTICLE_PAGE_SIZE + 1,
    select: { id: true, title: true, publishedOn: true, status: true, outlet: { select: { name: true } } },
  });
  const page = rows.slice(0, ARTICLE_PAGE_SIZE);
  const counts = await db.quote.groupBy({
    by: ["articleId", "status"],
    where: { articleId: { in: page.map((row) => row.id) }, deletedAt: null, ...readableQuoteWhere(actor) },
    _count: { _all: true },
  });
  const items = page.map((row) => {
    const quoteCounts: Record<ReviewStatus, number> = { draft: 0, in_review: 0, returned: 0, published: 0 };
    for (const count of counts) if (count.articleId === row.id) quoteCounts[count.status] = count._count._all;
    return {
      id: row.id,
      title: row.title,
      outlet: row.outlet?.name ?? null,
      publishedOn: row.publishedOn,
      status: row.status,
      quoteCounts,
    };
  });
  return { items, nextBefore: rows.length > ARTICLE_PAGE_SIZE ? (page.at(-1)?.id ?? null) : null };
}

export interface AdminArticle {
  id: number;
  title: string;
  outlet: string | null;
  author: string | null;
  url: string | null;
  language: string;
  publishedOn: Date;
  status: ArticleStatus;
  publishedAt: Date | null;
  version: number;
  createdBy: { id: string; label: string } | null;
  /** Whether the signed-in editor may publish it: not if they imported or edited it, except an admin's override. */
  publishApproval: Approval;
  bodyLength: number;
  quotes: {
    id: number;
    version: number;
    text: string;
    status: ReviewStatus;
    authorId: string | null;
    authorLabel: string | null;
    /** Set on a coder's quote of a double coding: that coder's independent coding, not the article's own. */
    codingId: number | null;
    /** Whether the signed-in editor may approve it (see approvalFor). */
    approval: Approval;
  }[];
}

export async function getAdminArticle(actor: SessionUser | null, id: number): Promise<AdminArticle> {
  assertCan(actor, "article.edit");
  const article = await db.article.findFirst({
    where: { id, deletedAt: null },
    select: {
      id: true,
      title: true,
      author: true,
      url: true,
      language: true,
      publishedOn: true,
      status: true,
      publishedAt: true,
      version: true,
      body: true,
      contributorIds: true,
      outlet: { select: { name: true } },
      createdBy: { select: { id: true, name: true, email: true } },
      quotes: {
        where: { deletedAt: null, ...readableQuoteWhere(actor) },
        orderBy: [{ startOffset: "asc" }, { id: "asc" }],
        select: {
          id: true,
          version: true,
          text: true,
          status: true,
          authorId: true,
          codingId: true,
          contributorIds: true,
          author: { select: { name: true, email: true } },
        },
      },
    },
  });
  if (!article) throw new AppError("NOT_FOUND", "No such article.");
  const { body, outlet, createdBy, quotes, contributorIds, ...fields } = article;
  return {
    ...fields,
    publishApproval: approvalFor(actor, [...contributorIds, createdBy?.id ?? null]),
    outlet: outlet?.name ?? null,
    createdBy: createdBy ? { id: createdBy.id, label: createdBy.name ?? createdBy.email } : null,
    bodyLength: body.length,
    quotes: quotes.map(({ author, contributorIds, ...quote }) => ({
      ...quote,
      approval: approvalFor(actor, contributorsOf({ contributorIds, authorId: quote.authorId })),
      authorLabel: author ? (author.name ?? author.email) : null,
    })),
  };
}

/** Outlet names for the import form's suggestions. */
export async function listOutletNames(actor: SessionUser | null): Promise<string[]> {
  assertCan(actor, "article.import");
  const outlets = await db.outlet.findMany({ orderBy: { name: "asc" }, select: { name: true } });
  return outlets.map((outlet) => outlet.name);
}
