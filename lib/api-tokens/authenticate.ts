// Who an `Authorization: Bearer …` header belongs to. Absent header: null (an anonymous caller). A header that is
// there but wrong — malformed, unknown, revoked, or the owner deactivated — is a 401, never a silent downgrade to
// anonymous, so a script with a dead token fails loudly instead of quietly seeing less.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/permissions";
import { recordSecurityEvent } from "@/lib/audit/security";
import { hashToken, looksLikeToken } from "./token";

/** lastUsedAt is written at most this often per token, so busy scripts do not turn reads into writes. */
const LAST_USED_RESOLUTION_MS = 60_000;
/** At most one "token used" audit event per token in this long. */
export const USE_AUDIT_INTERVAL_MS = 60 * 60_000;

export interface BearerCaller {
  user: SessionUser;
  tokenId: string;
}

export async function authenticateBearer(header: string | null): Promise<BearerCaller | null> {
  if (header === null || header.trim() === "") return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match || !looksLikeToken(match[1])) throw invalid();
  // One statement for the token and its owner (a relation select would be two), with the two bookkeeping
  // timestamps: the writes below run only when one of them is due, so a steady script's request writes nothing.
  const [token] = await db.$queryRaw<TokenRow[]>`
    SELECT t.id, t."revokedAt", t."lastUsedAt", t."useAuditedAt",
           u.id AS "userId", u.email, u.name, u.role::text AS role, u.active
      FROM "ApiToken" t JOIN "User" u ON u.id = t."userId"
     WHERE t."tokenHash" = ${hashToken(match[1])}`;
  if (!token || token.revokedAt || !token.active) throw invalid();
  const now = new Date();
  if (due(token.lastUsedAt, now, LAST_USED_RESOLUTION_MS))
    await db.apiToken.updateMany({
      where: {
        id: token.id,
        OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } }],
      },
      data: { lastUsedAt: now },
    });
  if (due(token.useAuditedAt, now, USE_AUDIT_INTERVAL_MS)) await recordUseOncePerHour(token.id, token.userId, now);
  const user: SessionUser = { id: token.userId, email: token.email, name: token.name, role: token.role };
  return { user, tokenId: token.id };
}

interface TokenRow {
  id: string;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  useAuditedAt: Date | null;
  userId: string;
  email: string;
  name: string | null;
  role: SessionUser["role"];
  active: boolean;
}

/** Whether the timestamp read is older than the interval: a hint only, the conditional updates decide. */
const due = (at: Date | null, now: Date, intervalMs: number) =>
  at === null || now.getTime() - at.getTime() >= intervalMs;

/**
 * A "token used" audit event at most once an hour per token: the conditional update claims the hour, so two
 * requests at once write one event, and a script's thousand requests an hour write one too.
 */
async function recordUseOncePerHour(tokenId: string, userId: string, now: Date): Promise<void> {
  await db.$transaction(async (tx) => {
    const claimed = await tx.apiToken.updateMany({
      where: {
        id: tokenId,
        OR: [{ useAuditedAt: null }, { useAuditedAt: { lte: new Date(now.getTime() - USE_AUDIT_INTERVAL_MS) } }],
      },
      data: { useAuditedAt: now },
    });
    if (claimed.count === 1)
      await recordSecurityEvent({ kind: "token_used", actorId: userId, subject: userId, details: { tokenId } }, tx);
  });
}

const invalid = () =>
  new AppError("UNAUTHENTICATED", "The API token is invalid or revoked. Create a new one on your account page.");
