// Runs before every request but for static files, before any page or route:
// - While the database does not answer (lib/database/availability-state.ts): a public page this process holds a
//   rendered copy of is served as it was, with a notice (components/stale-page-notice.tsx); anything else gets a 503
//   with Retry-After, a small page for people and JSON for the API; /api/health and server actions answer for
//   themselves.
// - CORS preflights of the read API (a browser asks before a cross-origin GET with an Authorization header). The
//   read API's other requests do not come here (see `config`): lib/api/route.ts answers its 503 itself.
// - Optimistic redirect only: a request for /admin without any session cookie goes to the sign-in page at once.
//   It never decides access: a cookie may be stale or forged, so the admin layout and, for real, every lib
//   function check the user again. Admin pages get a nonce-based Content-Security-Policy (lib/auth/admin-csp.ts).
// - /explore without filters and without a session cookie is the same page for every visitor: it is rewritten to
//   /explore/unfiltered, which is rendered once and served from the cache (app/(public)/layout.tsx).
import { NextResponse, type NextRequest } from "next/server";
import { CORS_PREFLIGHT_HEADERS } from "@/lib/api/cors";
import {
  cachedPageAvailable,
  databaseIsDown,
  RETRY_AFTER_SECONDS,
  STALE_PAGE_COOKIE,
  unavailableResponse,
} from "@/lib/database/availability-state";
import { adminContentSecurityPolicy, newNonce } from "@/lib/auth/admin-csp";
import { env } from "@/lib/env";

// Auth.js's session cookie, with the __Secure- prefix when the site is served over https.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
const EXPLORER = "/explore";
const UNFILTERED_EXPLORER = "/explore/unfiltered";

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const preflight = request.method === "OPTIONS" && request.headers.has("access-control-request-method");
  if (preflight && pathname.startsWith("/api/v1/"))
    return new NextResponse(null, { status: 204, headers: CORS_PREFLIGHT_HEADERS });
  // A server action answers for itself (lib/actions.ts: "nothing was saved"), in the form that called it.
  const action = request.headers.has("next-action");
  const down = databaseIsDown() && !action && pathname !== "/api/health";
  if (down && !servableFromCache(request)) return unavailableResponse(pathname);
  const response = routed(request);
  if (down) markStale(response);
  else if (request.cookies.has(STALE_PAGE_COOKIE)) response.cookies.delete(STALE_PAGE_COOKIE);
  return response;
}

function routed(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl;
  if (pathname === UNFILTERED_EXPLORER) return NextResponse.redirect(new URL(EXPLORER, request.url), 308);
  if (unfilteredExplorer(request))
    return NextResponse.rewrite(new URL(UNFILTERED_EXPLORER + request.nextUrl.search, request.url));
  if (!(pathname === "/admin" || pathname.startsWith("/admin/"))) return NextResponse.next();
  if (signedIn(request)) return withAdminCsp(request);
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
}

/** A GET of a public page held in Next.js's page cache: served without the database. */
function servableFromCache(request: NextRequest): boolean {
  const { pathname } = request.nextUrl;
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (pathname.startsWith("/api/") || pathname === "/admin" || pathname.startsWith("/admin/")) return false;
  return cachedPageAvailable(unfilteredExplorer(request) ? UNFILTERED_EXPLORER : pathname);
}

/** /explore without filters, anonymous: the same page for every visitor, rendered once as /explore/unfiltered. */
function unfilteredExplorer(request: NextRequest): boolean {
  const { pathname, searchParams } = request.nextUrl;
  return pathname === EXPLORER && !signedIn(request) && [...searchParams.keys()].every((key) => key === "_rsc");
}

function signedIn(request: NextRequest): boolean {
  return SESSION_COOKIES.some((name) => request.cookies.has(name) || request.cookies.has(`${name}.0`));
}

/** Tells the page's notice that it is served from the cache; the cookie lasts a little longer than the outage answer. */
function markStale(response: NextResponse): void {
  response.cookies.set(STALE_PAGE_COOKIE, "1", { maxAge: RETRY_AFTER_SECONDS * 2, path: "/", sameSite: "lax" });
  response.headers.set("Cache-Control", "no-store"); // a CDN must not keep the outage copy
}

/** The admin pages' nonce-based policy (lib/auth/admin-csp.ts), on the request for Next.js and on the response. */
function withAdminCsp(request: NextRequest): NextResponse {
  const policy = adminContentSecurityPolicy(newNonce(), env().NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    "/((?!_next/static|_next/image|favicon.ico|robots.txt|api/v1/).*)",
    // The read API answers for itself, also while the database is down (lib/api/route.ts): a pass through here cost
    // each call about 0.6 ms of CPU. Only its CORS preflights come here.
    { source: "/api/v1/:path*", has: [{ type: "header", key: "access-control-request-method" }] },
  ],
};
