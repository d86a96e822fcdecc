// How failed sign-ins are slowed down, counted in PostgreSQL (lib/auth/rate-limit-store.ts) so that the counts
// hold across app instances and restarts:
// - per account, from any address: after `perAccount` failures within the window, each further attempt must wait
//   a delay that doubles with every failure (10 s, 20 s, 40 s, then 60 s at most) counted from the last failure.
//   A delay rather than a lock: anyone who knows an admin's email can fail on purpose, and must not be able to
//   keep the admin out; guessing slows to at most one try a minute. A correct password clears the count.
// - per address: `perAddress` failures within the window, then no more attempts from there until it ends. The
//   address is the connection's, or from X-Forwarded-For only through TRUSTED_PROXIES (lib/auth/client-address.ts),
//   so nobody can spend someone else's allowance.
import "server-only";
import { AppError } from "@/lib/errors";
import { postgresLimiter } from "@/lib/auth/rate-limit-store";

export const SIGN_IN_LIMITS = {
  /** Failures on one email within the window before each further attempt is delayed. */
  perAccount: 5,
  /** Failed attempts from one address within the window (more: a shared office or NAT may sign in together). */
  perAddress: 20,
  windowSeconds: 15 * 60,
  /** The first delay, doubling with each further failure, and its ceiling. */
  firstDelaySeconds: 10,
  maxDelaySeconds: 60,
};

const failuresByAccount = () =>
  postgresLimiter({ keyPrefix: "signin-account", points: 1_000_000, duration: SIGN_IN_LIMITS.windowSeconds });
const delayByAccount = () => postgresLimiter({ keyPrefix: "signin-delay", points: 1, duration: 1 });
const failuresByAddress = () =>
  postgresLimiter({
    keyPrefix: "signin-address",
    points: SIGN_IN_LIMITS.perAddress,
    duration: SIGN_IN_LIMITS.windowSeconds,
  });

export interface AttemptKeys {
  email: string;
  address: string;
}

/** The delay after `failures` failures on an account: none below the threshold, then doubling to the ceiling. */
export function delayAfter(failures: number): number {
  if (failures < SIGN_IN_LIMITS.perAccount) return 0;
  const doubled = SIGN_IN_LIMITS.firstDelaySeconds * 2 ** (failures - SIGN_IN_LIMITS.perAccount);
  return Math.min(doubled, SIGN_IN_LIMITS.maxDelaySeconds);
}

/** Throws RATE_LIMITED while the account's delay runs or the address has no attempts left; the same message
 * whether the account exists or not. */
export async function assertMayAttemptSignIn({ email, address }: AttemptKeys): Promise<void> {
  const [delay, place] = await Promise.all([
    delayByAccount().then((limiter) => limiter.get(email)),
    failuresByAddress().then((limiter) => limiter.get(address)),
  ]);
  const waits = [
    delay && delay.consumedPoints > 1 ? delay.msBeforeNext : 0,
    place && place.consumedPoints >= SIGN_IN_LIMITS.perAddress ? place.msBeforeNext : 0,
  ];
  const retryAfterSeconds = Math.ceil(Math.max(...waits) / 1000);
  if (retryAfterSeconds <= 0) return;
  const wait =
    retryAfterSeconds < 120 ? `${retryAfterSeconds} seconds` : `${Math.ceil(retryAfterSeconds / 60)} minutes`;
  throw new AppError("RATE_LIMITED", `Too many sign-in attempts. Try again in ${wait}.`, { retryAfterSeconds });
}

/** Counts the failure; returns which slow-downs begin just now (the account's delay, the address's stop), for the
 * audit trail. */
export async function recordFailedSignIn({ email, address }: AttemptKeys): Promise<("account" | "address")[]> {
  // consume() rejects once the points are used up; that is the state assertMayAttemptSignIn reads, not an error.
  const [account, place] = await Promise.all([
    failuresByAccount().then((limiter) => limiter.consume(email)),
    failuresByAddress().then((limiter) => limiter.consume(address).catch(() => null)),
  ]);
  const seconds = delayAfter(account.consumedPoints);
  if (seconds > 0) await (await delayByAccount()).block(email, seconds);
  const scopes: ("account" | "address")[] = [];
  if (account.consumedPoints === SIGN_IN_LIMITS.perAccount) scopes.push("account");
  if (place !== null && place.remainingPoints === 0) scopes.push("address");
  return scopes;
}

/** A correct password clears the account's count and delay (the address keeps its count: it may be trying others). */
export async function recordSuccessfulSignIn({ email }: AttemptKeys): Promise<void> {
  await Promise.all([
    failuresByAccount().then((limiter) => limiter.delete(email)),
    delayByAccount().then((limiter) => limiter.delete(email)),
  ]);
}
