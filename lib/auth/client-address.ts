// The client's address, for the per-address sign-in and API limits. By default it is the connection's own
// address, which a client cannot choose: instrumentation.ts copies it into SOCKET_ADDRESS_HEADER on every request,
// overwriting anything the client sent under that name. X-Forwarded-For, which any client can write, is believed
// only from the proxies in TRUSTED_PROXIES: walking it from the right, the first address that is not a trusted
// proxy is the client (a proxy appends the address it saw).
import net from "node:net";
import { env, insideNextServer } from "@/lib/env";

export const SOCKET_ADDRESS_HEADER = "x-stance-socket-address";

export function clientAddress(headers: Headers): string {
  const socket = headers.get(SOCKET_ADDRESS_HEADER);
  if (!socket) {
    // Inside the server a missing stamp means lib/server/socket-address.ts no longer sees Next.js's requests (it
    // wraps http.Server's emit, not a public API): refuse rather than count by a header any client can write.
    if (insideNextServer())
      throw new Error(
        `The request carries no ${SOCKET_ADDRESS_HEADER}: lib/server/socket-address.ts did not see it. ` +
          "Did a Next.js upgrade change how its server receives requests?",
      );
    // Outside the Next.js server (tests calling handlers directly) there is no socket: keep the header's last hop.
    return forwardedFor(headers).at(-1) ?? "unknown";
  }
  const hops = [...forwardedFor(headers), normalize(socket)];
  const trusted = trustedProxies();
  for (let i = hops.length - 1; i > 0; i--) if (!isTrusted(trusted, hops[i])) return hops[i];
  return hops[0];
}

function forwardedFor(headers: Headers): string[] {
  return (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => normalize(part.trim()))
    .filter((part) => net.isIP(part) !== 0);
}

/** IPv4 clients of an IPv6 socket appear as ::ffff:a.b.c.d. */
const normalize = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");

let cached: net.BlockList | undefined;
function trustedProxies(): net.BlockList {
  if (cached) return cached;
  const list = new net.BlockList();
  for (const entry of env().TRUSTED_PROXIES) {
    const [address, prefix] = entry.split("/");
    const family = net.isIPv6(address) ? "ipv6" : "ipv4";
    if (prefix) list.addSubnet(address, Number(prefix), family);
    else list.addAddress(address, family);
  }
  return (cached = list);
}

function isTrusted(list: net.BlockList, address: string): boolean {
  return list.check(address, net.isIPv6(address) ? "ipv6" : "ipv4");
}
