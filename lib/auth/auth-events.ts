// Auth.js events written to the audit trail: a sign-in through an OAuth or OIDC provider (password sign-ins are
// recorded by lib/auth/credentials.ts, which knows the address and the reason of a failure) and every sign-out.
import "server-only";
import { db } from "@/lib/db";
import { recordSecurityEvent } from "@/lib/audit/security";

export async function onSignIn(message: {
  user: { id?: string };
  account?: { type: string; provider: string } | null;
}) {
  const { user, account } = message;
  if (!account || account.type === "credentials" || !user.id) return;
  await recordSecurityEvent({
    kind: "sign_in",
    actorId: user.id,
    subject: user.id,
    details: { method: account.provider },
  });
}

/** With JWT sessions Auth.js hands over the decoded token; its subject is the user who signs out. */
export async function onSignOut(message: { token?: { sub?: string } | null } | { session?: unknown }) {
  const userId = "token" in message ? message.token?.sub : undefined;
  if (!userId) return;
  // A token can outlive its user's row only if the user was removed by hand; then there is nobody to file it under.
  if (!(await db.user.findUnique({ where: { id: userId }, select: { id: true } }))) return;
  await recordSecurityEvent({ kind: "sign_out", actorId: userId, subject: userId, details: {} });
}

/** An OAuth sign-in refused by our rules (no account with that verified email). */
export async function onOAuthRefused(provider: string, email: string | null | undefined) {
  await recordSecurityEvent({
    kind: "sign_in_failed",
    actorId: null,
    subject: email ?? "(no email)",
    details: { reason: "oauth_not_allowed", method: provider, email: email ?? null },
  });
}
