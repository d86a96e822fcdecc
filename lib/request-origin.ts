// The address a request was made to (scheme and host), for documents that show it back to the reader — the
// OpenAPI `servers` entry and the /api-docs examples — so that they work as copied from whatever address the app is
// reached at. Canonical URLs (metadata, sitemap, feed) use SITE_URL instead: those must not vary with the request.
const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

export function requestOrigin(headers: Headers, fallback: string): string {
  const first = (name: string) => headers.get(name)?.split(",")[0].trim() || null;
  const host = first("x-forwarded-host") ?? first("host");
  if (!host || !HOST.test(host)) return fallback;
  const proto = first("x-forwarded-proto");
  return `${proto === "https" || proto === "http" ? proto : "http"}://${host}`;
}
