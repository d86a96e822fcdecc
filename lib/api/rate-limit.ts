// How often the read API answers one caller: per token (or signed-in user) 600 requests a minute, per address
// 120 a minute for anonymous callers (several people behind one address share it; a researcher who needs more
// creates a token). Counts live in PostgreSQL, as the sign-in limits do (lib/auth/rate-limit-store.ts), so several
// app instances share them.
import "server-only";
import { RateLimiterRes } from "rate-limiter-flexible";
import { AppError } from "@/lib/errors";
import { postgresLimiter } from "@/lib/auth/rate-limit-store";
import { API_RATE_LIMITS } from "./rate-limit-limits";

export { API_RATE_LIMITS };

const byToken = () =>
  postgresLimiter({
    keyPrefix: "api-token",
    points: API_RATE_LIMITS.perToken,
    duration: API_RATE_LIMITS.windowSeconds,
  });
const byAddress = () =>
  postgresLimiter({
    keyPrefix: "api-address",
    points: API_RATE_LIMITS.perAddress,
    duration: API_RATE_LIMITS.windowSeconds,
  });

export interface RateLimitState {
  limit: number;
  remaining: number;
  /** Seconds until the window ends and the allowance is whole again. */
  resetSeconds: number;
}

/** Counts one request; throws RATE_LIMITED (429, Retry-After) once the caller's allowance for the window is spent. */
export async function consumeApiRequest(key: {
  kind: "token" | "user" | "address";
  id: string;
}): Promise<RateLimitState> {
  const limiter = await (key.kind === "address" ? byAddress() : byToken());
  const limit = key.kind === "address" ? API_RATE_LIMITS.perAddress : API_RATE_LIMITS.perToken;
  try {
    const res = await limiter.consume(`${key.kind}:${key.id}`);
    return { limit, remaining: res.remainingPoints, resetSeconds: Math.ceil(res.msBeforeNext / 1000) };
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw new AppError(
      "RATE_LIMITED",
      `Too many requests: at most ${limit} a minute${key.kind === "address" ? " without an API token" : ""}. Try again in ${retryAfterSeconds} s.`,
      { retryAfterSeconds, data: { limit, remaining: 0, resetSeconds: retryAfterSeconds } satisfies RateLimitState },
    );
  }
}
