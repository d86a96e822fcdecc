// The read API's wrapper around lib/http.ts `route`: works out who is calling (a Bearer token, else the session,
// else an anonymous address), counts the request against their rate limit, and hands the handler an ApiCaller.
// Handlers stay thin: parse the query (lib/api/params.ts), call one lib read, answer `{ data, next }`.
// Every answer, errors included, leaves with the same headers: the rate limit (X-RateLimit-*, Retry-After on 429),
// CORS, `Vary`, a challenge on 401, and on a 200 an ETag that makes a repeated request with If-None-Match a 304.
import "server-only";
import crypto from "node:crypto";
import { appErrorResponse, route } from "@/lib/http";
import { AppError, isAppError } from "@/lib/errors";
import { visibilityFor, type SessionUser, type Visibility } from "@/lib/auth/permissions";
import { clientAddress } from "@/lib/auth/client-address";
import { authenticateBearer } from "@/lib/api-tokens/authenticate";
import { consumeApiRequest, type RateLimitState } from "./rate-limit";
import { CORS_HEADERS } from "./cors";
import { databaseIsDown, unavailableResponse } from "@/lib/database/availability-state";

export interface ApiCaller {
  user: SessionUser | null;
  /** Set when the request carried a valid API token. */
  tokenId: string | null;
  visibility: Visibility;
}

type ApiHandler<P> = (request: Request, context: { caller: ApiCaller; params: P }) => Promise<Response>;

export function apiRoute<P = Record<string, never>>(handler: ApiHandler<P>) {
  const handle = route<P>(async (request, { user: sessionUser, params }) => {
    let limit: RateLimitState | null = null;
    let response: Response;
    try {
      const bearer = await authenticateBearer(request.headers.get("authorization"));
      const user = bearer?.user ?? sessionUser;
      limit = await consumeApiRequest(
        bearer
          ? { kind: "token", id: bearer.tokenId }
          : user
            ? { kind: "user", id: user.id }
            : { kind: "address", id: clientAddress(request.headers) },
      );
      const caller: ApiCaller = {
        user,
        tokenId: bearer?.tokenId ?? null,
        visibility: visibilityFor(user),
      };
      assertNoNul(params);
      response = await handler(request, { caller, params });
    } catch (error) {
      if (!isAppError(error)) throw error;
      if (error.code === "RATE_LIMITED") limit = error.details.data as RateLimitState;
      response = appErrorResponse(error);
    }
    return finish(request, response, limit);
  });
  // While the database is down, a 503 at once, as proxy.ts answers pages (it does not run for the read API).
  return (request: Request, context: { params: Promise<P> }) =>
    databaseIsDown()
      ? finish(request, unavailableResponse(new URL(request.url).pathname), null)
      : handle(request, context);
}

/** PostgreSQL text cannot hold NUL: a path segment with one names no record and is refused before any query. */
function assertNoNul(params: unknown): void {
  for (const [name, value] of Object.entries(params ?? {})) {
    if (typeof value === "string" && value.includes("\u0000"))
      throw new AppError("INVALID_INPUT", `Bad parameter: ${name}.`, {
        fields: { [name]: ["Contains a NUL character"] },
      });
  }
}

async function finish(request: Request, response: Response, limit: RateLimitState | null): Promise<Response> {
  const headers = response.headers;
  if (limit) {
    headers.set("X-RateLimit-Limit", String(limit.limit));
    headers.set("X-RateLimit-Remaining", String(limit.remaining));
    headers.set("X-RateLimit-Reset", String(limit.resetSeconds));
  }
  if (response.status === 401) {
    const sentToken = request.headers.has("authorization");
    headers.set("WWW-Authenticate", `Bearer realm="api"${sentToken ? ', error="invalid_token"' : ""}`);
  }
  for (const [name, value] of Object.entries(CORS_HEADERS)) headers.set(name, value);
  // What a caller sees depends on their token: no shared cache may keep one caller's answer for another. A
  // caller's own cache may keep it, asking again each time (with the ETag, answered 304 when nothing changed).
  if (!headers.has("Cache-Control")) headers.set("Cache-Control", "private, no-cache");
  headers.set("Vary", "Accept, Authorization, Cookie");
  // Bulk exports stream (Content-Disposition): they are never buffered to hash.
  if (response.status !== 200 || headers.has("Content-Disposition") || !response.body) return response;
  const body = await response.arrayBuffer();
  const etag = `"${crypto.createHash("sha256").update(new Uint8Array(body)).digest("base64url").slice(0, 27)}"`;
  headers.set("ETag", etag);
  if (matchesEtag(request.headers.get("if-none-match"), etag)) {
    headers.delete("Content-Type");
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { status: 200, headers });
}

/** If-None-Match: `*`, or a list of (possibly weak) entity tags; weak comparison, as RFC 9110 asks for GET. */
function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}
