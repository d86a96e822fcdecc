// Creating an article from any import source (form, upload, URL fetch, bulk): check the permission, refuse a
// duplicate (same URL or same text), pick or create the outlet, and record the audit event, in one transaction.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { bodyHash } from "@/lib/articles/body";
import type { ArticleInput } from "@/lib/articles/schemas";
import { drawForDoubleCoding } from "@/lib/double-coding/mutations";
import { fromIsoDay } from "@/lib/dates";

/** What a DUPLICATE error carries in `details.data`: the article that is already there, and how it matched. */
export interface DuplicateArticle {
  articleId: number;
  by: "url" | "body";
}

export interface CreatedArticle {
  id: number;
  title: string;
}

export async function createArticle(actor: SessionUser | null, input: ArticleInput): Promise<CreatedArticle> {
  assertCan(actor, "article.import");
  try {
    return await db.$transaction((tx) => insertArticle(tx, actor, input));
  } catch (error) {
    // Two imports of the same URL at once: the unique index refuses the second; report it as the duplicate it is.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" && input.url) {
      const existing = await db.article.findUnique({ where: { url: input.url }, select: { id: true } });
      if (existing) throw duplicateError({ articleId: existing.id, by: "url" });
    }
    throw error;
  }
}

/**
 * The insert itself, inside the caller's transaction (bulk import runs many in one). The caller has checked
 * `article.import`. Throws DUPLICATE with a DuplicateArticle when the URL or the text is known already,
 * deleted articles included: restoring one is the way back, not a second copy.
 */
export async function insertArticle(
  tx: Prisma.TransactionClient,
  actor: SessionUser,
  input: ArticleInput,
): Promise<CreatedArticle> {
  const hash = bodyHash(input.body);
  const duplicate = await findDuplicate(tx, hash, input.url);
  if (duplicate) throw duplicateError(duplicate);

  const outletId = input.outlet ? await outletIdByName(tx, input.outlet) : null;
  const article = await tx.article.create({
    data: {
      title: input.title,
      body: input.body,
      bodyHash: hash,
      outletId,
      author: input.author ?? null,
      url: input.url ?? null,
      publishedOn: fromIsoDay(input.publishedOn),
      language: input.language,
      createdById: actor.id,
      contributorIds: [actor.id],
    },
    select: {
      id: true,
      title: true,
      outletId: true,
      author: true,
      url: true,
      publishedOn: true,
      language: true,
      bodyHash: true,
      status: true,
      version: true,
    },
  });
  await recordAudit(tx, { actor, action: "create", entityType: "Article", entityId: article.id, after: article });
  await drawForDoubleCoding(tx, article.id);
  return { id: article.id, title: article.title };
}

export async function findDuplicate(
  tx: Prisma.TransactionClient,
  hash: string,
  url: string | undefined,
): Promise<DuplicateArticle | null> {
  const existing = await tx.article.findFirst({
    where: { OR: [{ bodyHash: hash }, ...(url ? [{ url }] : [])] },
    orderBy: { id: "asc" },
    select: { id: true, url: true },
  });
  if (!existing) return null;
  return { articleId: existing.id, by: url && existing.url === url ? "url" : "body" };
}

export function duplicateError(duplicate: DuplicateArticle): AppError {
  const what = duplicate.by === "url" ? "An article with this URL" : "An article with exactly this text";
  return new AppError("DUPLICATE", `${what} exists already (article ${duplicate.articleId}).`, { data: duplicate });
}

/** Picks the outlet of that name (ignoring case, so "chosun ilbo" finds "Chosun Ilbo"), or creates it. */
async function outletIdByName(tx: Prisma.TransactionClient, name: string): Promise<number> {
  const existing = await tx.outlet.findFirst({
    where: { name: { equals: name, mode: "insensitive" } },
    select: { id: true },
  });
  if (existing) return existing.id;
  return (await tx.outlet.create({ data: { name }, select: { id: true } })).id;
}
