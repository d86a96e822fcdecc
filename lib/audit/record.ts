// The audit trail's one writer. Every mutation calls it inside its own transaction, so a change and its event
// are stored together or not at all. `before`/`after` hold the fields that changed hands (never secrets).
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { noteRecordChanged } from "@/lib/public-cache";
import type { AUDIT_KINDS } from "@/lib/audit/schemas";
import type { SecurityEventKind } from "@/lib/audit/security";

/**
 * `merge`: a person merged into another (both get an event); `reorder`: codebook entries swapped places;
 * `reject`: an editor rejected a suggestion, which is then not proposed again for that article;
 * `revision`: a change proposed to a published record, or its review; `takedown`: a record unpublished at once.
 */
export type AuditAction = Exclude<(typeof AUDIT_KINDS)[number], SecurityEventKind>;

/** The record kinds the trail knows; the history page and restore dispatch on these names. */
export type AuditEntityType =
  | "User"
  | "Article"
  | "Quote"
  | "Person"
  | "CountryStance"
  | "Country"
  | "Outlet"
  | "Dimension"
  | "Position"
  | "Organization"
  | "RejectedSuggestion"
  | "DoubleCoding"
  | "DoubleCodingSettings"
  | "PossibleShift";

export interface AuditInput {
  /** The acting user's id; null for the system (first-admin bootstrap, command line without a user). */
  actor: { id: string } | null;
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string | number;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

export async function recordAudit(tx: Prisma.TransactionClient, input: AuditInput): Promise<void> {
  if (mayChangePublicPages(input)) noteRecordChanged();
  await tx.auditEvent.create({
    data: {
      actorId: input.actor?.id ?? null,
      action: input.action,
      entityType: input.entityType,
      entityId: String(input.entityId),
      before: toJson(input.before),
      after: toJson(input.after),
    },
  });
}

const UNPUBLISHED = new Set(["draft", "in_review", "returned"]);

/**
 * Whether the change can show on the public pages, whose cache is then refreshed. Refreshing also makes Next.js
 * render the calling page again inside the server action's answer, so work that stays inside the newsroom — an
 * unpublished quote or country stance record saved, sent for review or returned, a correction proposed — does not
 * refresh it. Anything else (publishing, takedowns, deletions, reference data, approvals) does.
 */
export function mayChangePublicPages(input: AuditInput): boolean {
  if (input.entityType !== "Quote" && input.entityType !== "CountryStance") return true;
  if (!["create", "update", "status", "revision"].includes(input.action)) return true;
  const statuses = [input.before, input.after].filter((side) => side != null).map((side) => side.status);
  return statuses.length === 0 || !statuses.every((status) => typeof status === "string" && UNPUBLISHED.has(status));
}

// Dates become ISO strings and undefined fields drop out, exactly as JSON would store them.
function toJson(value: Record<string, unknown> | null | undefined): Prisma.InputJsonValue | undefined {
  return value == null ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}
