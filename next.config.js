// @ts-check
import { fileURLToPath } from "node:url";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants.js";

/**
 * Security headers on every response. The Content-Security-Policy (of every page but /admin, whose policy has a
 * per-request nonce: lib/auth/admin-csp.ts, set by proxy.ts) allows 'unsafe-inline' scripts rather than a
 * per-request nonce: Next.js puts its bootstrap data in inline <script> tags, and a nonce (set by proxy.ts) only
 * works on pages rendered per request, which would rule out static and revalidated public pages. Styles need
 * 'unsafe-inline' either way (Next.js and React inject style attributes). 'unsafe-eval' only in development,
 * where React uses eval for its debugging stacks. See docs/authentication.md.
 * @param {boolean} development
 */
function securityHeaders(development) {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    // OAuth sign-in posts to our own server action, which redirects to the provider.
    "form-action 'self' https://github.com https://accounts.google.com",
    "frame-ancestors 'none'",
  ].join("; ");
  return [{ key: "Content-Security-Policy", value: csp }, ...otherSecurityHeaders(development)];
}

/** @param {boolean} development */
function otherSecurityHeaders(development) {
  return [
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    ...(development ? [] : [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }]),
  ];
}

/** @param {string} phase @returns {import('next').NextConfig} */
export default function nextConfig(phase) {
  return {
    reactStrictMode: true,
    poweredByHeader: false,
    // No ETag computed by Next.js for pages: it hashes the whole HTML in JavaScript (FNV-1a, a character at a time) on
    // every answer, cached pages included — a quarter of the server's CPU serving the cached /explore (a CPU profile,
    // 1.2 ms a request). Pages are revalidated by their short s-maxage, not by If-None-Match; the read API sets
    // its own ETag (lib/api/route.ts), which this does not touch.
    generateEtags: false,
    // Native or server-only packages that must be loaded by Node at run time, not bundled.
    serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg"],
    // Next's file-system cache, with invalidations shared by every instance on the database (LISTEN/NOTIFY).
    cacheHandler: fileURLToPath(new URL("./cache-handler.mjs", import.meta.url)),
    // Cached public pages go out with `s-maxage=30` (app/(public)/layout.tsx) and `stale-while-revalidate=270`: a
    // CDN may answer once with a copy up to five minutes old while it fetches a fresh one, never a taken-down page
    // from months ago (Next.js's default window is a year).
    expireTime: 300,
    // Uploads go through server actions; lib/import/limits.ts accepts files up to 5 MB (bulk), plus form overhead.
    experimental: { serverActions: { bodySizeLimit: "6mb" } },
    async headers() {
      const development = phase === PHASE_DEVELOPMENT_SERVER;
      return [
        // /admin gets a nonce-based policy from proxy.ts instead (lib/auth/admin-csp.ts).
        { source: "/((?!admin(?:/|$)).*)", headers: securityHeaders(development) },
        { source: "/admin/:path*", headers: otherSecurityHeaders(development) },
        { source: "/admin", headers: otherSecurityHeaders(development) },
      ];
    },
  };
}
