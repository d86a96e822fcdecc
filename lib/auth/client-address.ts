// The client's address for the per-address sign-in limit. Next.js sets X-Forwarded-For from the connection only
// when the request has none, and a reverse proxy appends the address it saw, so the LAST entry is the one a
// trusted hop wrote. Without a proxy a client can send its own header and dodge the per-address count; the
// per-account count still holds. Deployments should put a proxy in front (see docs/authentication.md).
export function clientAddress(headers: Headers): string {
  const forwarded = headers
    .get("x-forwarded-for")
    ?.split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  return forwarded?.at(-1) || headers.get("x-real-ip") || "unknown";
}
