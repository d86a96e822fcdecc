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
  // The public record would lose its speaker: the quotes must be taken down or attributed to someone else first.
  refuseDelete: async (tx, id) => {
    const quotes = await tx.quote.count({
      where: { speakerId: id, status: "published", deletedAt: null, article: { deletedAt: null } },
    });
    if (quotes === 0) return null;
    const { name } = await tx.person.findUniqueOrThrow({ where: { id }, select: { name: true } });
    return `${name} cannot be deleted: ${quotes} published ${quotes === 1 ? "quote names" : "quotes name"} them as the speaker. Take ${quotes === 1 ? "it" : "them"} down or attribute ${quotes === 1 ? "it" : "them"} to someone else first, or merge this person into another.`;
  },
};

export const deletePerson = (actor: SessionUser | null, id: number) => softDelete(people, actor, id);
export const restorePerson = (actor: SessionUser | null, id: number) => restore(people, actor, id);
