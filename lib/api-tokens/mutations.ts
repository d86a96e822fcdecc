// Creating and revoking one's own API tokens, each with its security event (token_created, token_revoked) in the
// same transaction, filed under the owning User with the token's id and name.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordSecurityEvent } from "@/lib/audit/security";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { parseInput } from "@/lib/validation";
import {
  createApiTokenSchema,
  revokeApiTokenSchema,
  type CreateApiTokenInput,
  type RevokeApiTokenInput,
} from "./schemas";
import { generateToken, hashToken } from "./token";

/** A researcher may hold this many live tokens; more is a sign of tokens being shared rather than named. */
export const MAX_LIVE_TOKENS = 10;

/** Returns the token itself: the only time it exists outside the caller's hands. */
export async function createApiToken(
  user: SessionUser | null,
  input: CreateApiTokenInput,
): Promise<{ id: string; name: string; token: string }> {
  assertCan(user, "apiToken.manage");
  const { name } = parseInput(createApiTokenSchema, input);
  const token = generateToken();
  return db.$transaction(async (tx) => {
    const live = await tx.apiToken.count({ where: { userId: user.id, revokedAt: null } });
    if (live >= MAX_LIVE_TOKENS)
      throw new AppError("CONFLICT", `You have ${live} tokens; revoke one you no longer use first.`);
    const created = await tx.apiToken.create({
      data: { userId: user.id, name, tokenHash: hashToken(token) },
      select: { id: true, name: true },
    });
    await recordSecurityEvent(
      { kind: "token_created", actorId: user.id, subject: user.id, details: { apiToken: created } },
      tx,
    );
    return { ...created, token };
  });
}

/** Revoking twice is harmless; someone else's token looks like no token at all. */
export async function revokeApiToken(user: SessionUser | null, input: RevokeApiTokenInput): Promise<void> {
  assertCan(user, "apiToken.manage");
  const { id } = parseInput(revokeApiTokenSchema, input);
  await db.$transaction(async (tx) => {
    const found = await tx.apiToken.findFirst({
      where: { id, userId: user.id },
      select: { id: true, name: true, revokedAt: true },
    });
    if (!found) throw new AppError("NOT_FOUND", "No such token.");
    if (found.revokedAt) return;
    const revoked = await tx.apiToken.update({
      where: { id },
      data: { revokedAt: new Date() },
      select: { id: true, name: true, revokedAt: true },
    });
    await recordSecurityEvent(
      { kind: "token_revoked", actorId: user.id, subject: user.id, details: { apiToken: revoked } },
      tx,
    );
  });
}
