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
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(match[1]) },
    select: {
      id: true,
      revokedAt: true,
      user: { select: { id: true, email: true, name: true, role: true, active: true } },
    },
  });
  if (!token || token.revokedAt || !token.user.active) throw invalid();
  const now = new Date();
  await db.apiToken.updateMany({
    where: {
      id: token.id,
      OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } }],
    },
    data: { lastUsedAt: now },
  });
  await recordUseOncePerHour(token.id, token.user.id, now);
  const { active: _active, ...user } = token.user;
  return { user, tokenId: token.id };
}

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
