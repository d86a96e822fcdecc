// A database failure that is not the caller's fault, as the AppError the entry wrappers (lib/http.ts,
// lib/actions.ts) answer with: 503 with Retry-After on the API, a form message in server actions.
import "server-only";
import { AppError } from "@/lib/errors";
import { noteDatabaseError, isDatabaseUnavailableError, RETRY_AFTER_SECONDS } from "./availability";

export function databaseUnavailable(error: unknown): AppError | null {
  if (!isDatabaseUnavailableError(error)) return null;
  noteDatabaseError(error);
  return new AppError(
    "UNAVAILABLE",
    `The database is not answering, so nothing was saved or read. Try again in ${RETRY_AFTER_SECONDS} seconds.`,
    { retryAfterSeconds: RETRY_AFTER_SECONDS },
  );
}
