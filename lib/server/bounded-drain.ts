// On SIGTERM or SIGINT Next.js stops listening and waits for the requests in flight before it exits, but a client
// that keeps sending on a kept-alive connection (an editor saving again and again) is served on and on, so the
// server never stops. Whoever sent the signal (scripts/serve.ts, systemd, a container runtime, a person with
// `kill`) gets a bounded drain: after DRAIN_MS the process exits anyway, with the status of a SIGTERM.
import "server-only";

export const DRAIN_MS = 10_000;

export function boundTheDrain(): void {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      setTimeout(() => {
        console.warn(`Requests still running ${DRAIN_MS / 1000} s after ${signal}; exiting anyway.`);
        process.exit(143);
      }, DRAIN_MS).unref();
    });
  }
}
