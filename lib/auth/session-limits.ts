// How long a session lasts: it ends after `idleSeconds` without a request (Auth.js re-issues the cookie every
// `refreshSeconds` while the user is active, and a cookie not re-issued expires) and, however active, after
// `absoluteSeconds` from its sign-in, so a stolen cookie kept warm by a script does not live forever.
export const SESSION_LIMITS = {
  idleSeconds: 12 * 60 * 60,
  refreshSeconds: 15 * 60,
  absoluteSeconds: 14 * 24 * 60 * 60,
};

/** True once a session token is past the absolute limit. Tokens from before this rule have only their `iat`. */
export function sessionTooOld(token: { signedInAt?: unknown; iat?: number }, nowSeconds = Date.now() / 1000): boolean {
  const signedInAt = typeof token.signedInAt === "number" ? token.signedInAt : (token.iat ?? 0);
  return nowSeconds - signedInAt > SESSION_LIMITS.absoluteSeconds;
}
