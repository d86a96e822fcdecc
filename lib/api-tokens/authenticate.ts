// Who an `Authorization: Bearer …` header belongs to. Absent header: null (an anonymous caller). A header that is
// there but wrong — malformed, unknown, revoked, or the owner deactivated — is a 401, never a silent downgrade to
// anonymous, so a script with a dead token fails loudly instead of quietly seeing less.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/permissions";
import { hashToken, looksLikeToken } from "./token";

/** lastUsedAt is written at most this often per token, so busy scripts do not turn reads into writes. */
const LAST_USED_RESOLUTION_MS = 60_000;

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
  const { active: _active, ...user } = token.user;
  return { user, tokenId: token.id };
}

const invalid = () =>
  new AppError("UNAUTHENTICATED", "The API token is invalid or revoked. Create a new one on your account page.");
