// The database's availability as this process's probe (lib/database/availability.ts) last saw it, and the 503 that
// proxy.ts answers with meanwhile. Kept apart from the probe so that the proxy bundle holds no database driver.
// The state lives on globalThis: proxy.ts, route handlers and pages are bundled separately but share the process.

/** What a client is told to wait before retrying (a restart of the embedded server takes a few seconds). */
export const RETRY_AFTER_SECONDS = 5;

interface AvailabilityState {
  down: boolean;
  probing: boolean;
}

export function availabilityState(): AvailabilityState {
  const holder = globalThis as { __databaseAvailability?: AvailabilityState };
  return (holder.__databaseAvailability ??= { down: false, probing: false });
}

/** True while the probe finds the database unreachable. */
export function databaseIsDown(): boolean {
  return availabilityState().down;
}

/**
 * Whether this process holds a rendered copy of the public page at `pathname` (Next.js's page cache, recorded by
 * cache-handler.mjs on the same globalThis): while the database is down such a page is served as it was, with a
 * notice (STALE_PAGE_COOKIE), instead of a 503.
 */
export function cachedPageAvailable(pathname: string): boolean {
  const pages = (globalThis as { __stanceCachedPages?: Set<string> }).__stanceCachedPages;
  return pages?.has(pathname) ?? false;
}

/** Set on a cached page served while the database is down; components/stale-page-notice.tsx shows it to the reader. */
export const STALE_PAGE_COOKIE = "stance-stale-page";

const MESSAGE = "The database is not answering at the moment, so this page cannot be shown.";

/** 503 with Retry-After: JSON in the API's error shape for /api/…, otherwise a small page that reloads itself. */
export function unavailableResponse(pathname: string): Response {
  const headers = { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" };
  if (pathname.startsWith("/api/"))
    return Response.json(
      { error: { code: "UNAVAILABLE", message: `${MESSAGE} Try again in ${RETRY_AFTER_SECONDS} seconds.` } },
      { status: 503, headers },
    );
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}"><title>Temporarily unavailable · Korean War stance tracker</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#0f172a}</style></head>
<body><h1>Temporarily unavailable</h1><p>${MESSAGE}</p>
<p>This page tries again by itself every ${RETRY_AFTER_SECONDS} seconds; nothing you saved before is lost.</p></body></html>`;
  return new Response(html, { status: 503, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
}
