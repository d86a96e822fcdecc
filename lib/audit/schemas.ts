// Input shapes of the audit trail's reads: the filter form of /admin/audit and the history page's route params.
import { z } from "zod";
import { fromIsoDay, isoDaySchema } from "@/lib/dates";

export const ENTITY_TYPES = [
  "User",
  "Article",
  "Quote",
  "Person",
  "CountryStance",
  "Country",
  "Outlet",
  "Dimension",
  "Position",
  "DoubleCoding",
  "DoubleCodingSettings",
  "PossibleShift",
] as const;

const optionalText = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

// A date field of the filter form ("YYYY-MM-DD", a real day), empty meaning no bound.
const optionalDay = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .pipe(isoDaySchema.transform(fromIsoDay).optional())
  .optional();

/** Every kind of event: changes to the record (lib/audit/record.ts) and security events (lib/audit/security.ts). */
export const AUDIT_KINDS = [
  "create",
  "update",
  "delete",
  "restore",
  "status",
  "role",
  "password",
  "merge",
  "reorder",
  "reject",
  "revision",
  "takedown",
  "sign_in",
  "sign_in_failed",
  "lock_out",
  "sign_out",
  "token_created",
  "token_used",
  "token_revoked",
  "export",
  "refused",
] as const;

export const auditFilterSchema = z.object({
  /** A person, by id or email: events they did, and events about their account. */
  userId: optionalText,
  /** The kind of event (the audit row's action). */
  kind: z.union([z.enum(AUDIT_KINDS), z.literal("").transform(() => undefined)]).optional(),
  entityType: z.union([z.enum(ENTITY_TYPES), z.literal("").transform(() => undefined)]).optional(),
  entityId: optionalText,
  /** First day included (UTC). */
  from: optionalDay,
  /** Last day included (UTC). */
  to: optionalDay,
  /** Keyset cursor: show events with an id below this one (the last id of the previous page). */
  before: z
    .string()
    .regex(/^\d+$/, "Not a page cursor")
    .transform((value) => BigInt(value))
    .optional(),
});

/** The filter as it comes from a URL: every field an optional string. */
export type AuditFilter = { [K in keyof z.input<typeof auditFilterSchema>]?: string };

export const entityRefSchema = z.object({
  entityType: z.enum(ENTITY_TYPES),
  entityId: z.string().trim().min(1).max(64),
});
