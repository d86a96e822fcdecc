// The read API's wrapper around lib/http.ts `route`: works out who is calling (a Bearer token, else the session,
// else an anonymous address), counts the request against their rate limit, and hands the handler an ApiCaller.
// Handlers stay thin: parse the query (lib/api/params.ts), call one lib read, answer `{ data, next }`.
import "server-only";
import { route } from "@/lib/http";
import { can, type SessionUser } from "@/lib/auth/permissions";
import { clientAddress } from "@/lib/auth/client-address";
import { authenticateBearer } from "@/lib/api-tokens/authenticate";
import { consumeApiRequest } from "./rate-limit";

/** Which records a read may return: published only, or also those in review (marked `"status": "in_review"`). */
export type Visibility = "published" | "review";

export interface ApiCaller {
  user: SessionUser | null;
  /** Set when the request carried a valid API token. */
  tokenId: string | null;
  visibility: Visibility;
}

type ApiHandler<P> = (request: Request, context: { caller: ApiCaller; params: P }) => Promise<Response>;

export function apiRoute<P = Record<string, never>>(handler: ApiHandler<P>) {
  return route<P>(async (request, { user: sessionUser, params }) => {
    const bearer = await authenticateBearer(request.headers.get("authorization"));
    const user = bearer?.user ?? sessionUser;
    const limit = await consumeApiRequest(
      bearer
        ? { kind: "token", id: bearer.tokenId }
        : user
          ? { kind: "user", id: user.id }
          : { kind: "address", id: clientAddress(request.headers) },
    );
    const caller: ApiCaller = {
      user,
      tokenId: bearer?.tokenId ?? null,
      visibility: can(user, "review.readInReview") ? "review" : "published",
    };
    const response = await handler(request, { caller, params });
    response.headers.set("X-RateLimit-Limit", String(limit.limit));
    response.headers.set("X-RateLimit-Remaining", String(limit.remaining));
    // What a caller sees depends on their token: no shared cache may keep one caller's answer for another.
    if (!response.headers.has("Cache-Control")) response.headers.set("Cache-Control", "private, no-store");
    response.headers.set("Vary", "Authorization, Cookie");
    return response;
  });
}
