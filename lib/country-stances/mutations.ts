// Deleting and restoring country stance records. Each checks the permission, then changes the row and records the
// audit event in one transaction. Creating and editing: save-country-stance.ts; review: lib/review/*.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/permissions";
import { restore, softDelete, type SoftDeletable } from "@/lib/records/soft-delete";

const audited = {
  id: true,
  countryId: true,
  dimensionId: true,
  positionId: true,
  status: true,
  version: true,
  deletedAt: true,
} satisfies Prisma.CountryStanceSelect;

const countryStances: SoftDeletable = {
  label: "country stance record",
  entityType: "CountryStance",
  permission: "countryStance.delete",
  find: (tx, id) => tx.countryStance.findUnique({ where: { id }, select: audited }),
  setDeletedAt: (tx, id, deletedAt) =>
    tx.countryStance.update({ where: { id }, data: { deletedAt, version: { increment: 1 } }, select: audited }),
};

export const deleteCountryStance = (actor: SessionUser | null, id: number) => softDelete(countryStances, actor, id);
export const restoreCountryStance = (actor: SessionUser | null, id: number) => restore(countryStances, actor, id);
