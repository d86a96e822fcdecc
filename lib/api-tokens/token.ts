// What an API token looks like and how it is stored: 32 random bytes behind a recognisable prefix, kept only as
// the SHA-256 of the whole string. A plain hash (not argon2) is right here: the token has 256 bits of entropy, so
// it cannot be guessed from its hash, and every API request has to look it up quickly.
import crypto from "node:crypto";

export const TOKEN_PREFIX = "stk_";

export function generateToken(): string {
  return TOKEN_PREFIX + crypto.randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}

export const looksLikeToken = (value: string): boolean => /^stk_[A-Za-z0-9_-]{43}$/.test(value);
