// The "Deleted" list: soft-deleted articles and people, newest deletion first, for an editor to restore
// (lib/articles/mutations.ts, lib/people/mutations.ts). Keyset-paginated by (deletedAt, id).
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";

export interface DeletedItem {
  id: number;
  label: string;
  deletedAt: Date;
}

export const DELETED_PAGE_SIZE = 50;

type Cursor = { deletedAt: Date; id: number } | undefined;

const after = (cursor: Cursor) =>
  cursor
    ? { OR: [{ deletedAt: { lt: cursor.deletedAt } }, { deletedAt: cursor.deletedAt, id: { lt: cursor.id } }] }
    : {};

export async function listDeletedArticles(actor: SessionUser | null, cursor?: Cursor): Promise<DeletedItem[]> {
  assertCan(actor, "article.delete");
  const rows = await db.article.findMany({
    where: { deletedAt: { not: null }, ...after(cursor) },
    orderBy: [{ deletedAt: "desc" }, { id: "desc" }],
    take: DELETED_PAGE_SIZE,
    select: { id: true, title: true, deletedAt: true },
  });
  return rows.flatMap((row) => (row.deletedAt ? [{ id: row.id, label: row.title, deletedAt: row.deletedAt }] : []));
}

export async function listDeletedPeople(actor: SessionUser | null, cursor?: Cursor): Promise<DeletedItem[]> {
  assertCan(actor, "person.delete");
  const rows = await db.person.findMany({
    // A merged person is deleted by the merge and comes back only by undoing it, not from here.
    where: { deletedAt: { not: null }, mergedIntoId: null, ...after(cursor) },
    orderBy: [{ deletedAt: "desc" }, { id: "desc" }],
    take: DELETED_PAGE_SIZE,
    select: { id: true, name: true, deletedAt: true },
  });
  return rows.flatMap((row) => (row.deletedAt ? [{ id: row.id, label: row.name, deletedAt: row.deletedAt }] : []));
}

/** The "Deleted" page in one read: the newest deleted articles and people (restoring either needs both rights). */
export async function listDeleted(
  actor: SessionUser | null,
): Promise<{ articles: DeletedItem[]; people: DeletedItem[] }> {
  assertCan(actor, "article.delete");
  assertCan(actor, "person.delete");
  const [articles, people] = await Promise.all([listDeletedArticles(actor), listDeletedPeople(actor)]);
  return { articles, people };
}
