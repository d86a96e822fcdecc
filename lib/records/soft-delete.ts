// Deleting a record sets deletedAt; restoring clears it. Nothing is removed, so the history page can bring a
// record back. The per-concept functions (lib/articles/mutations.ts, …) say which table, permission and fields;
// this file is the check → transaction → audit sequence they share.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, type Action, type SessionUser } from "@/lib/auth/permissions";
import { recordAudit, type AuditEntityType } from "@/lib/audit/record";

export interface SoftDeletable {
  /** What the record is called in messages ("article"). */
  label: string;
  entityType: AuditEntityType;
  permission: Action;
  /** Reads the audited fields of the record (deleted or not), or null when there is no such row. */
  find(tx: Prisma.TransactionClient, id: number): Promise<{ deletedAt: Date | null } | null>;
  /** Sets deletedAt (a date to delete, null to restore), bumps the version, returns the audited fields. */
  setDeletedAt(tx: Prisma.TransactionClient, id: number, deletedAt: Date | null): Promise<object>;
  /** Why the record may not be deleted now (published quotes depend on it), or null when it may. */
  refuseDelete?(tx: Prisma.TransactionClient, id: number): Promise<string | null>;
}

export async function softDelete(kind: SoftDeletable, actor: SessionUser | null, id: number): Promise<void> {
  await change(kind, actor, id, "delete");
}

export async function restore(kind: SoftDeletable, actor: SessionUser | null, id: number): Promise<void> {
  await change(kind, actor, id, "restore");
}

async function change(kind: SoftDeletable, actor: SessionUser | null, id: number, action: "delete" | "restore") {
  assertCan(actor, kind.permission);
  if (!Number.isSafeInteger(id) || id < 1) throw new AppError("NOT_FOUND", `No such ${kind.label}.`);
  await db.$transaction(async (tx) => {
    const before = await kind.find(tx, id);
    if (!before) throw new AppError("NOT_FOUND", `No such ${kind.label}.`);
    if (action === "delete" && before.deletedAt)
      throw new AppError("CONFLICT", `This ${kind.label} is deleted already.`);
    if (action === "restore" && !before.deletedAt) throw new AppError("CONFLICT", `This ${kind.label} is not deleted.`);
    const refusal = action === "delete" ? await kind.refuseDelete?.(tx, id) : null;
    if (refusal) throw new AppError("CONFLICT", refusal);
    const after = await kind.setDeletedAt(tx, id, action === "delete" ? new Date() : null);
    await recordAudit(tx, {
      actor,
      action,
      entityType: kind.entityType,
      entityId: id,
      before: before as Record<string, unknown>,
      after: after as Record<string, unknown>,
    });
  });
}
