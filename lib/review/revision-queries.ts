// Corrections of published records for the review queue: those waiting for review (oldest first, keyset-paged),
// or those returned to the signed-in editor, each with its field-by-field diff and whether the reviewer may
// approve it (not if they contributed to it).
import "server-only";
import { db } from "@/lib/db";
import type { RevisionStatus } from "@/lib/generated/prisma/client";
import { approvalFor, assertCan, type Approval, type SessionUser } from "@/lib/auth/permissions";
import { describeRevision, type RevisionDiff } from "./revision-diff";
import { REVISION_KINDS } from "./revision-kinds";

export const REVISION_PAGE_SIZE = 20;

export interface RevisionReviewItem {
  id: number;
  version: number;
  status: RevisionStatus;
  entityType: string;
  entityId: number;
  /** "quote 12" */
  label: string;
  /** Where an editor opens the record to continue the correction. */
  editLink: string;
  submittedAt: Date | null;
  contributors: { id: string; label: string }[];
  reviewComment: string | null;
  approval: Approval;
  /** Why approval cannot work now (the record was deleted or changed since), or null. */
  blocked: string | null;
  diff: RevisionDiff;
}

export async function listRevisionsForReview(
  actor: SessionUser | null,
  filter: { view: "waiting" | "returned"; cursor?: string; article?: number; editor?: string },
): Promise<{ items: RevisionReviewItem[]; nextCursor: string | null }> {
  assertCan(actor, "review.publish");
  const after = filter.cursor ? Number(filter.cursor) : undefined;
  // The queue's article filter: corrections of the article's body and of its quotes.
  const ofArticle =
    filter.article === undefined
      ? {}
      : {
          OR: [
            { entityType: "Article", entityId: filter.article },
            {
              entityType: "Quote",
              entityId: {
                in: (await db.quote.findMany({ where: { articleId: filter.article }, select: { id: true } })).map(
                  (quote) => quote.id,
                ),
              },
            },
          ],
        };
  const rows = await db.revision.findMany({
    where: {
      ...(filter.view === "waiting"
        ? { status: "in_review" }
        : { status: "returned", contributorIds: { has: actor.id } }),
      ...(after !== undefined && Number.isSafeInteger(after) ? { id: { gt: after } } : {}),
      ...(filter.editor === undefined ? {} : { AND: [{ contributorIds: { has: filter.editor } }] }),
      ...ofArticle,
    },
    orderBy: { id: "asc" },
    take: REVISION_PAGE_SIZE + 1,
  });
  const page = rows.slice(0, REVISION_PAGE_SIZE);
  const users = await db.user.findMany({
    where: { id: { in: [...new Set(page.flatMap((row) => row.contributorIds))] } },
    select: { id: true, name: true, email: true },
  });
  const items = await Promise.all(
    page.map(async (row): Promise<RevisionReviewItem> => {
      const kind = REVISION_KINDS[row.entityType];
      const live = kind ? await db.$transaction((tx) => kind.live(tx, row.entityId)) : null;
      return {
        id: row.id,
        version: row.version,
        status: row.status,
        entityType: row.entityType,
        entityId: row.entityId,
        label: `${kind?.label ?? row.entityType} ${row.entityId}`,
        editLink: await editLink(row.entityType, row.entityId),
        submittedAt: row.submittedAt,
        contributors: row.contributorIds.map((id) => {
          const user = users.find((candidate) => candidate.id === id);
          return { id, label: user ? (user.name ?? user.email) : "a former user" };
        }),
        reviewComment: row.reviewComment,
        approval: approvalFor(actor, row.contributorIds),
        blocked:
          !live || live.deletedAt
            ? `The ${kind?.label ?? "record"} has been deleted.`
            : live.version !== row.baseVersion
              ? `The published ${kind?.label ?? "record"} changed since this correction began; return it to be redone.`
              : null,
        diff: await db.$transaction((tx) => describeRevision(tx, row)),
      };
    }),
  );
  return {
    items,
    nextCursor: rows.length > REVISION_PAGE_SIZE ? String(page.at(-1)?.id) : null,
  };
}

async function editLink(entityType: string, entityId: number): Promise<string> {
  if (entityType === "Quote") {
    const quote = await db.quote.findUnique({ where: { id: entityId }, select: { articleId: true } });
    return `/admin/articles/${quote?.articleId ?? 0}/annotate?quote=${entityId}`;
  }
  if (entityType === "Article") return `/admin/articles/${entityId}/annotate`;
  if (entityType === "Person") return `/admin/people/${entityId}`;
  return `/admin/country-stances/${entityId}`;
}
