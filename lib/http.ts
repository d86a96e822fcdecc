// The one wrapper for route handlers: refuse cross-site state-changing requests, resolve the session once, and map
// an AppError to `{ error: { code, message, fields } }` with its status. Expected refusals never become a 500.
import "server-only";
import { isAppError, type AppError } from "@/lib/errors";
import { appErrorFromDatabase } from "@/lib/database/database-errors";
import { getCurrentUser } from "@/lib/auth/session";
import { recordRefusal } from "@/lib/audit/security";
import type { SessionUser } from "@/lib/auth/permissions";

type Handler<P> = (request: Request, context: { user: SessionUser | null; params: P }) => Promise<Response>;

export function route<P = Record<string, never>>(
  handler: Handler<P>,
): (request: Request, context: { params: Promise<P> }) => Promise<Response> {
  return async (request, context) => {
    let user: SessionUser | null = null;
    try {
      if (!isSafeMethod(request.method) && !isSameOrigin(request)) {
        return errorResponse(403, "FORBIDDEN", "Cross-site requests are refused.");
      }
      user = await getCurrentUser();
      return await handler(request, { user, params: await context.params });
    } catch (error) {
      const fromDatabase = appErrorFromDatabase(error);
      if (fromDatabase) return appErrorResponse(fromDatabase);
      if (!isAppError(error)) throw error; // a bug: Next.js logs it and answers 500
      await recordRefusal(error, user?.id ?? null, `${request.method} ${new URL(request.url).pathname}`);
      return appErrorResponse(error);
    }
  };
}

export function appErrorResponse(error: AppError): Response {
  const response = errorResponse(error.status, error.code, error.message, error.details.fields);
  if (error.details.retryAfterSeconds) response.headers.set("Retry-After", String(error.details.retryAfterSeconds));
  return response;
}

function errorResponse(status: number, code: string, message: string, fields?: Record<string, string[]>): Response {
  return Response.json(
    { error: { code, message, ...(fields ? { fields } : {}) } },
    { status, headers: { "Cache-Control": "no-store" } },
  );
}

const isSafeMethod = (method: string) => method === "GET" || method === "HEAD" || method === "OPTIONS";

/**
 * CSRF check for cookie-authenticated writes: browsers send Origin on every cross-site POST, so a request whose
 * Origin (or, without one, Sec-Fetch-Site) names another site is refused. Clients that send neither are not
 * browsers, and so cannot be made to carry a victim's cookie.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return (request.headers.get("sec-fetch-site") ?? "same-origin") === "same-origin";
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? new URL(request.url).host;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
