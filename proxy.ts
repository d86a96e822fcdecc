// Two jobs, both before any page or route runs:
// - Optimistic redirect only: a request for /admin without any session cookie goes to the sign-in page at once.
//   It never decides access: a cookie may be stale or forged, so the admin layout and, for real, every lib
//   function check the user again.
// - CORS preflights of the read API (a browser asks before a cross-origin GET with an Authorization header).
import { NextResponse, type NextRequest } from "next/server";
import { CORS_PREFLIGHT_HEADERS } from "@/lib/api/cors";

// Auth.js's session cookie, with the __Secure- prefix when the site is served over https.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith("/api/")) {
    if (request.method !== "OPTIONS") return NextResponse.next();
    return new NextResponse(null, { status: 204, headers: CORS_PREFLIGHT_HEADERS });
  }
  if (SESSION_COOKIES.some((name) => request.cookies.has(name) || request.cookies.has(`${name}.0`)))
    return NextResponse.next();
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: [
    "/admin",
    "/admin/:path*",
    // Only preflights (they always carry this header), so ordinary API requests never pass through here.
    { source: "/api/v1/:path*", has: [{ type: "header", key: "access-control-request-method" }] },
  ],
};
