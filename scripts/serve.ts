// `npm run dev` and `npm start`: make sure there is a migrated database (the embedded PostgreSQL server when
// DATABASE_URL is unset), load the demo data into an empty one, then run Next.js on it, and supervise both.
// - SIGINT (Ctrl-C), SIGTERM (systemd, Docker, Kubernetes) or SIGHUP: the app stops taking requests and finishes
//   those in flight (at most DRAIN_MS), then the embedded database gets a fast shutdown; exit 0.
// - The web server or the database dies on its own (a crash, an out-of-memory kill), or the database is asked to
//   stop by someone else (SIGTERM to PostgreSQL: a smart shutdown, which waits for the app's sessions to end): the
//   other is stopped the same way and this process exits 1, so whatever supervises it (systemd, a container
//   runtime) starts it again.
// Both children run in process groups of their own: a Ctrl-C reaches only this process, which stops them in order.
import { z } from "zod";
import { env } from "@/lib/env";
import { assertPortFree, type EmbeddedServer } from "@/lib/database/embedded-server";
import { openDatabaseTarget } from "./lib/database-target";
import { prepareDatabase } from "./lib/prepare-database";
import { resolveAuthSecret } from "./lib/auth-secret";
import { describeExit, startApp, type AppProcess } from "./lib/app-process";
import { runScript } from "./lib/run-script";
import { firstAdminNotice } from "./lib/first-admin";

class UserFacingError extends Error {
  name = "UserFacingError";
}

const Mode = z.enum(["dev", "start"], { message: "say `dev` or `start`" });
/** How long requests in flight may take after a stop signal: the app's own bound (lib/server/bounded-drain.ts) + 2 s. */
const DRAIN_MS = 12_000;

runScript(async () => {
  const mode = Mode.parse(process.argv[2]);
  const { PORT, DATABASE_URL, siteUrlGiven } = env();
  // A production server on a real database needs its public address and its own secret, before anything starts.
  const authSecret = resolveAuthSecret({ production: mode === "start", localDatabase: !DATABASE_URL });
  if (mode === "start" && DATABASE_URL && !siteUrlGiven)
    throw new UserFacingError(
      "SITE_URL is not set. A production server needs its public address (for example https://stances.example.org) " +
        "for canonical links, the feed and sign-in redirects: set SITE_URL and start again.",
    );
  await assertPortFree(PORT, "the app", "PORT");

  // What runs so far: a signal may come at any step of the start.
  const running: { app?: AppProcess; database?: EmbeddedServer } = {};
  let stopping = false;
  const shutdown = async (code: number, reason: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${reason}`);
    await running.app?.stop(DRAIN_MS);
    if (running.database) {
      await running.database.stop();
      console.log("Database stopped.");
    }
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const)
    // One Ctrl-C arrives several times (from the terminal, and relayed by npm and tsx): repeats are ignored.
    process.on(signal, () => void shutdown(0, `${signal}: finishing requests in flight, then stopping.`));

  const target = await openDatabaseTarget();
  running.database = target.embedded;
  if (stopping) return new Promise(() => {}); // a signal came while the database started: shutdown stops it
  const { embedded } = target;
  void embedded?.exited.then(
    (exit) =>
      void shutdown(1, `The database server ${describeExit(exit)}; stopping the app (see ${embedded.logFile}).`),
  );
  // Someone else asked the database to stop (a SIGTERM to PostgreSQL is a smart shutdown, which waits for every
  // session to end): the app is stopped as for a dying database, which ends its sessions and lets the shutdown finish.
  void embedded?.shuttingDown.then(
    () =>
      void shutdown(
        1,
        `The database server is shutting down (see ${embedded.logFile}); stopping the app so that it can finish.`,
      ),
  );

  console.log(`Database: ${target.describe}`);
  if (target.embedded) console.log(`Database log: ${target.embedded.logFile}`);
  let prepared: Awaited<ReturnType<typeof prepareDatabase>>;
  try {
    prepared = await prepareDatabase(target.url, { seedIfEmpty: true });
  } catch (error) {
    if (stopping) return new Promise(() => {}); // the database went away under a stop signal: shutdown exits
    stopping = true;
    await target.embedded?.stop();
    throw error;
  }
  if (prepared.appliedMigrations.length > 0)
    console.log(`Applied migrations: ${prepared.appliedMigrations.join(", ")}`);
  if (prepared.seeded) console.log("Loaded the demo data (five articles with their quotes and stances).");
  if (stopping) return new Promise(() => {});
  const app = startApp(mode, PORT, {
    ...process.env,
    DATABASE_URL: target.url,
    AUTH_SECRET: authSecret,
    AUTH_TRUST_HOST: "true",
    NEXT_TELEMETRY_DISABLED: "1",
  });
  running.app = app;
  void app.exited.then((exit) => void shutdown(1, `The web server ${describeExit(exit)}; stopping.`));
  // The generated password is shown only for the local embedded database; on a real one an operator sets it.
  await announceWhenReady(PORT, () => stopping, prepared.adminCredentials, target.local);
  return new Promise(() => {}); // runs until a signal or a child's exit calls shutdown
});

async function announceWhenReady(
  port: number,
  stopping: () => boolean,
  admin: { email: string; password: string } | undefined,
  showPassword: boolean,
) {
  for (;;) {
    if (stopping()) return;
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const lines = [`The stance tracker is running at http://localhost:${port}`];
  if (admin) lines.push(firstAdminNotice(admin, showPassword));
  else lines.push("Sign in with an existing account, or create one with `npm run user:create -- --help`.");
  console.log(`\n${"─".repeat(72)}\n${lines.join("\n")}\n${"─".repeat(72)}\n`);
}
