// Reads of the audit trail: the filtered, keyset-paginated list for admins and one record's history.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { auditFilterSchema, entityRefSchema, type AuditFilter } from "@/lib/audit/schemas";
import type { AuditEntityType } from "@/lib/audit/record";
import { hiddenQuoteIds } from "@/lib/double-coding/visibility";
import { addDays } from "@/lib/dates";
import { readableChanges, type ReadableChange } from "./readable";

export const AUDIT_PAGE_SIZE = 50;

export interface AuditEventDto {
  /** The event id as a string (it is a BigInt column). */
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  actor: { id: string; email: string; name: string | null } | null;
  before: unknown;
  after: unknown;
  /** What changed, in words: labels, names instead of ids, dates and statuses (./readable.ts). */
  changes: ReadableChange[];
  createdAt: Date;
}

const select = {
  id: true,
  action: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
  createdAt: true,
  actor: { select: { id: true, email: true, name: true } },
} satisfies Prisma.AuditEventSelect;

type Row = Prisma.AuditEventGetPayload<{ select: typeof select }>;

async function toDtos(rows: Row[]): Promise<AuditEventDto[]> {
  const changes = await readableChanges(rows);
  return rows.map((event, index) => ({ ...event, id: event.id.toString(), changes: changes[index] }));
}

/** Newest first; `nextCursor` is the `before` value of the next page, null on the last page. */
export async function listAuditEvents(
  user: SessionUser | null,
  filter: AuditFilter = {},
): Promise<{ events: AuditEventDto[]; nextCursor: string | null }> {
  assertCan(user, "audit.read");
  const { userId: person, kind, entityType, entityId, from, to, before } = parseInput(auditFilterSchema, filter);
  const userId = person?.includes("@")
    ? ((await db.user.findUnique({ where: { email: person.toLowerCase() }, select: { id: true } }))?.id ?? person)
    : person;
  const hidden = (await hiddenQuoteIds(user)).map(String);
  const rows = await db.auditEvent.findMany({
    where: {
      ...(hidden.length ? { NOT: { entityType: "Quote", entityId: { in: hidden } } } : {}),
      ...(userId ? { OR: [{ actorId: userId }, { entityType: "User", entityId: userId }] } : {}),
      action: kind,
      entityType,
      entityId,
      id: before === undefined ? undefined : { lt: before },
      createdAt: { gte: from, lt: to ? addDays(to, 1) : undefined },
    },
    orderBy: { id: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
    select,
  });
  const page = await toDtos(rows.slice(0, AUDIT_PAGE_SIZE));
  return { events: page, nextCursor: rows.length > AUDIT_PAGE_SIZE ? (page.at(-1)?.id ?? null) : null };
}

/** Every event of one record, oldest first. A user's history is for admins; other records' for editors. */
export async function getEntityHistory(
  user: SessionUser | null,
  ref: { entityType: string; entityId: string },
): Promise<AuditEventDto[]> {
  const parsed = entityRefSchema.safeParse(ref);
  assertCan(user, parsed.success && parsed.data.entityType === "User" ? "user.manage" : "history.read");
  if (!parsed.success) throw new AppError("NOT_FOUND", "No such record.");
  if (parsed.data.entityType === "Quote" && (await hiddenQuoteIds(user)).map(String).includes(parsed.data.entityId))
    throw new AppError("NOT_FOUND", "No such record.");
  const rows = await db.auditEvent.findMany({
    where: { entityType: parsed.data.entityType satisfies AuditEntityType, entityId: parsed.data.entityId },
    orderBy: { id: "asc" },
    select,
  });
  return toDtos(rows);
}
