// Runs once when a Next.js server process starts (https://nextjs.org/docs/app/guides/instrumentation).
import type { Instrumentation } from "next";

export async function register() {
  // The literal is replaced at build time, so the Node-only module never reaches the edge bundle.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { boundTheDrain } = await import("@/lib/server/bounded-drain");
  const { stampSocketAddress } = await import("@/lib/server/socket-address");
  boundTheDrain();
  stampSocketAddress();
  await import("@/lib/database/availability"); // listens for cache-handler.mjs's reports from the start
}

/** A page that failed because the database went away starts the probe, so the next requests get a clear 503. */
export const onRequestError: Instrumentation.onRequestError = async (error) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { noteDatabaseError } = await import("@/lib/database/availability");
  noteDatabaseError(error);
};
