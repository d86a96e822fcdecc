// Cross-origin reads of the API: any web page may GET it (the data is public, or the caller brings a token in the
// Authorization header, never a cookie: `*` forbids credentialed requests, so a session cookie is never sent along).
// proxy.ts answers the preflight; lib/api/route.ts adds these to every answer.
export const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers":
    "ETag, X-Next-Cursor, X-Total-Count, X-Total-Is-Lower-Bound, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, Retry-After, Content-Disposition",
};

export const CORS_PREFLIGHT_HEADERS: Record<string, string> = {
  ...CORS_HEADERS,
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "Authorization, Accept, If-None-Match",
  "Access-Control-Max-Age": "86400",
};
