// Deleting and restoring people. Each checks the permission, then changes the row and records the audit event in
// one transaction. Creating: create-person.ts; editing: save-person.ts; merging: merge-people.ts.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/permissions";
import { restore, softDelete, type SoftDeletable } from "@/lib/records/soft-delete";

const audited = { id: true, name: true, slug: true, version: true, deletedAt: true } satisfies Prisma.PersonSelect;

const people: SoftDeletable = {
  label: "person",
  entityType: "Person",
  permission: "person.delete",
  find: (tx, id) => tx.person.findUnique({ where: { id }, select: audited }),
  setDeletedAt: (tx, id, deletedAt) =>
    tx.person.update({ where: { id }, data: { deletedAt, version: { increment: 1 } }, select: audited }),
};

export const deletePerson = (actor: SessionUser | null, id: number) => softDelete(people, actor, id);
export const restorePerson = (actor: SessionUser | null, id: number) => restore(people, actor, id);
