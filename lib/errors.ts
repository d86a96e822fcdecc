// One error type for everything the domain refuses, with a code that maps to an HTTP status and a form message
// in one place (lib/http.ts, lib/actions.ts). Throw it from lib/; never build error responses by hand in app/.

export const ERROR_STATUS = {
  /** The caller is not signed in (or their session ended). */
  UNAUTHENTICATED: 401,
  /** Signed in, but their role does not allow this. */
  FORBIDDEN: 403,
  /** No such record, or one the caller may not see (the two look the same on purpose). */
  NOT_FOUND: 404,
  /** Input failed its schema; `fields` names each bad field. */
  INVALID_INPUT: 400,
  /** Someone else saved the record first (its version moved on); the caller must reload and redo. */
  CONFLICT: 409,
  /** The same thing exists already (an article with this URL or text). */
  DUPLICATE: 409,
  /** Too many attempts; `retryAfterSeconds` says when to try again. */
  RATE_LIMITED: 429,
  /** The database does not answer (stopped, restarting) or a write gave up waiting; nothing was saved, retry. */
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: {
      fields?: Record<string, string[]>;
      retryAfterSeconds?: number;
      /** Extra context the UI may show (e.g. the other editor's version on a conflict). */
      data?: unknown;
      /** On FORBIDDEN from the permission checks: who was refused what, for the audit trail (never shown). */
      refusal?: { userId: string; action: string };
    } = {},
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
