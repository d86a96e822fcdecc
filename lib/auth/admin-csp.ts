// The Content-Security-Policy of the admin pages: scripts only with this request's nonce (and what those load,
// 'strict-dynamic'), no 'unsafe-inline'. Admin pages render per request anyway, so a nonce costs nothing there;
// public pages keep the static policy in next.config.js because a nonce would make every one of them dynamic.
// proxy.ts sets it on the request (Next.js reads the nonce from there for its own scripts) and on the response.
export function adminContentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // React and Next.js set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self' https://github.com https://accounts.google.com",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function newNonce(): string {
  return btoa(crypto.randomUUID());
}
