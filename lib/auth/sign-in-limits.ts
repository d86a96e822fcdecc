// How many failed sign-ins we allow before refusing more for a while: per account (guessing one user's password)
// and per address (trying many accounts from one place). Counts live in this process's memory
// (rate-limiter-flexible's memory limiter), which is right for the single app process we run; several app
// processes would each count on their own, and would need the package's PostgreSQL or Redis store instead.
import "server-only";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { AppError } from "@/lib/errors";

export const SIGN_IN_LIMITS = {
  /** Failed attempts on one email within the window before it is locked for the rest of the window. */
  perAccount: 5,
  /** Failed attempts from one address within the window (more: a shared office or NAT may sign in together). */
  perAddress: 20,
  windowSeconds: 15 * 60,
};

const byAccount = new RateLimiterMemory({
  keyPrefix: "signin-account",
  points: SIGN_IN_LIMITS.perAccount,
  duration: SIGN_IN_LIMITS.windowSeconds,
});
const byAddress = new RateLimiterMemory({
  keyPrefix: "signin-address",
  points: SIGN_IN_LIMITS.perAddress,
  duration: SIGN_IN_LIMITS.windowSeconds,
});

export interface AttemptKeys {
  email: string;
  address: string;
}

/** Throws RATE_LIMITED when either count is used up; the message is the same whether the account exists or not. */
export async function assertMayAttemptSignIn({ email, address }: AttemptKeys): Promise<void> {
  const [account, place] = await Promise.all([byAccount.get(email), byAddress.get(address)]);
  const blocked = [
    account && account.consumedPoints >= SIGN_IN_LIMITS.perAccount ? account : null,
    place && place.consumedPoints >= SIGN_IN_LIMITS.perAddress ? place : null,
  ].filter((res) => res !== null);
  if (blocked.length === 0) return;
  const retryAfterSeconds = Math.ceil(Math.max(...blocked.map((res) => res.msBeforeNext)) / 1000);
  throw new AppError(
    "RATE_LIMITED",
    `Too many sign-in attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
    {
      retryAfterSeconds,
    },
  );
}

/** Counts the failure; returns which counts it used up just now (a lock-out begins), for the audit trail. */
export async function recordFailedSignIn({ email, address }: AttemptKeys): Promise<("account" | "address")[]> {
  // consume() rejects once the points are used up; that is the state assertMayAttemptSignIn reads, not an error.
  const lockedNow = (res: { remainingPoints: number } | null) => res !== null && res.remainingPoints === 0;
  const [account, place] = await Promise.all([
    byAccount.consume(email).catch(() => null),
    byAddress.consume(address).catch(() => null),
  ]);
  const scopes: ("account" | "address")[] = [];
  if (lockedNow(account)) scopes.push("account");
  if (lockedNow(place)) scopes.push("address");
  return scopes;
}

/** A correct password clears the account's count (the address keeps its count: it may be trying others). */
export async function recordSuccessfulSignIn({ email }: AttemptKeys): Promise<void> {
  await byAccount.delete(email);
}
