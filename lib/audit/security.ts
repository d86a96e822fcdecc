// Security events as audit rows: sign-ins (success, failure with its reason, lock-out), sign-outs, API tokens
// (created, used at most once an hour, revoked), exports (who, filter, rows) and actions refused by
// authorization. Changes of password and role are audited where they happen (lib/users/mutations.ts).
// Each event is filed under the user it concerns (entityType "User"), so one person's history shows them all;
// the actor is who acted (null when nobody is known, as for a failed sign-in). Unlike recordAudit, these do not
// refresh the public pages: nothing public changed.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AppError } from "@/lib/errors";

export const SECURITY_EVENT_KINDS = [
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
export type SecurityEventKind = (typeof SECURITY_EVENT_KINDS)[number];

/** Why a sign-in failed. An unknown email and a wrong password read the same to the person, not to the admin. */
export type SignInFailure = "unknown_email" | "wrong_password" | "no_password" | "deactivated" | "locked_out";

export interface SecurityEvent {
  kind: SecurityEventKind;
  /** Who acted, when known. */
  actorId: string | null;
  /** The user the event concerns: an id, or for a sign-in with an unknown email the email tried. */
  subject: string;
  details: Record<string, unknown>;
}

export async function recordSecurityEvent(event: SecurityEvent, client: Prisma.TransactionClient = db): Promise<void> {
  await client.auditEvent.create({
    data: {
      actorId: event.actorId,
      action: event.kind,
      entityType: "User",
      entityId: event.subject,
      after: JSON.parse(JSON.stringify(event.details)) as Prisma.InputJsonValue,
    },
  });
}

/**
 * An action refused by authorization, recorded by the entry wrappers (lib/actions.ts, lib/http.ts) after the
 * refused call has changed nothing. Only refusals of a known user: an anonymous caller is simply asked to sign in.
 */
export async function recordRefusal(error: AppError, userId: string | null, entry: string): Promise<void> {
  if (error.code !== "FORBIDDEN") return;
  const who = error.details.refusal?.userId ?? userId;
  // A session can name a user whose row is gone (removed by hand): there is nobody to file the refusal under.
  if (!who || !(await db.user.findUnique({ where: { id: who }, select: { id: true } }))) return;
  await recordSecurityEvent({
    kind: "refused",
    actorId: who,
    subject: who,
    details: { action: error.details.refusal?.action ?? null, message: error.message, entry },
  });
}
