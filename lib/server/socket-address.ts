// Next.js route handlers and server actions see headers, not the connection. This stamps every request with the
// connection's own address (lib/auth/client-address.ts trusts it, and X-Forwarded-For only from TRUSTED_PROXIES),
// replacing whatever a client sent under the same name. It wraps http.Server's emit of "request" once per process.
// Not a public API: Next.js 16 gives route handlers no socket (NextRequest.ip is gone) and only fills in
// X-Forwarded-For when a client did not send one. The supported alternative is a custom server (next({ … }) behind
// our own http.createServer), which would replace `next start` in serve.ts, the tests and every deployment; the
// wrap is kept instead and pinned: lib/auth/client-address.ts throws inside the server when the stamp is missing.
import "server-only";
import http from "node:http";
import { SOCKET_ADDRESS_HEADER } from "@/lib/auth/client-address";

const marker = Symbol.for("stance-tracker.socket-address");

export function stampSocketAddress(): void {
  const prototype = http.Server.prototype as http.Server & { [marker]?: true };
  if (prototype[marker]) return;
  prototype[marker] = true;
  const emit = prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[SOCKET_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
    }
    return emit.call(this, event, ...args);
  } as typeof prototype.emit;
}
