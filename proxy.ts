// Optimistic redirect only: a request for /admin without any session cookie goes to the sign-in page at once.
// It never decides access: a cookie may be stale or forged, so the admin layout and, for real, every lib
// function check the user again.
import { NextResponse, type NextRequest } from "next/server";

// Auth.js's session cookie, with the __Secure- prefix when the site is served over https.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name) || request.cookies.has(`${name}.0`)))
    return NextResponse.next();
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
}

export const config = { matcher: ["/admin", "/admin/:path*"] };
