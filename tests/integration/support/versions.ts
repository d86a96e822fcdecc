// What the version-history tests start from: a published article with one published quote coded "treaty", and a
// record's open correction submitted by one editor and approved by another.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/permissions";
import { approveRevision, submitRevision } from "@/lib/review/revisions";
import { seedArticle } from "@/prisma/seed/articles";
import { seedQuote } from "@/prisma/seed/quotes";

/** A published article (its body made unique) with the published quote "China favors a peace treaty instead". */
export async function seedPublishedQuote(
  db: PrismaClient,
  { title, authorId, speakerId }: { title: string; authorId: string; speakerId: number },
) {
  const article = await seedArticle(db, {
    body: `China favors a peace treaty instead, the minister said. ${crypto.randomUUID()}`,
    title,
    publishedOn: "2018-07-31",
    status: "published",
  });
  const quote = await seedQuote(db, {
    articleId: article.id,
    text: "China favors a peace treaty instead",
    status: "published",
    authorId,
    speakerId,
    stances: [{ dimension: "instrument", position: "treaty" }],
  });
  return { article, quote };
}

/** Submits the record's open revision as `editor` and approves it as `reviewer`. */
export async function approveOpenRevision(
  db: PrismaClient,
  { editor, reviewer }: { editor: SessionUser; reviewer: SessionUser },
  entityType: string,
  entityId: number,
) {
  const open = await db.revision.findFirstOrThrow({ where: { entityType, entityId, status: "draft" } });
  await submitRevision(editor, { revisionId: open.id, version: open.version });
  await approveRevision(reviewer, { revisionId: open.id, version: open.version + 1 });
}
