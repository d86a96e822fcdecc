// `npm run dev` and `npm start`: make sure there is a migrated database (the embedded PostgreSQL server when
// DATABASE_URL is unset), load the demo data into an empty one, then run Next.js on it. Ctrl-C stops the app
// and then the database cleanly.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { z } from "zod";
import { env } from "@/lib/env";
import { assertPortFree } from "@/lib/database/embedded-server";
import { openDatabaseTarget } from "./lib/database-target";
import { prepareDatabase } from "./lib/prepare-database";
import { resolveAuthSecret } from "./lib/auth-secret";
import { runScript } from "./lib/run-script";

const Mode = z.enum(["dev", "start"], { message: "say `dev` or `start`" });

runScript(async () => {
  const mode = Mode.parse(process.argv[2]);
  const { PORT } = env();
  await assertPortFree(PORT, "the app", "PORT");

  const target = await openDatabaseTarget();
  let app: ChildProcess | undefined;
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    const running = app;
    if (running && running.exitCode === null) {
      running.kill("SIGTERM");
      await new Promise((resolve) => running.once("exit", resolve));
    }
    await target.embedded?.stop();
    if (target.embedded) console.log("Database stopped.");
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  try {
    console.log(`Database: ${target.describe}`);
    const prepared = await prepareDatabase(target.url, { seedIfEmpty: true });
    if (prepared.appliedMigrations.length > 0)
      console.log(`Applied migrations: ${prepared.appliedMigrations.join(", ")}`);
    if (prepared.seeded) console.log("Loaded the demo data (five articles with their quotes and stances).");

    const authSecret = resolveAuthSecret({ production: mode === "start", localDatabase: Boolean(target.embedded) });
    app = spawn(
      process.execPath,
      [createRequire(import.meta.url).resolve("next/dist/bin/next"), mode, "--port", String(PORT)],
      {
        stdio: "inherit",
        env: {
          ...process.env,
          DATABASE_URL: target.url,
          AUTH_SECRET: authSecret,
          AUTH_TRUST_HOST: "true",
          NEXT_TELEMETRY_DISABLED: "1",
        },
      },
    );
    app.once("exit", (code) => void shutdown(code ?? 0));
    await announceWhenReady(PORT, prepared.adminCredentials);
  } catch (error) {
    await target.embedded?.stop();
    throw error;
  }
  await new Promise(() => {}); // keep running until a signal or the app's exit calls shutdown
});

async function announceWhenReady(port: number, admin?: { email: string; password: string }) {
  for (let attempt = 0; attempt < 600; attempt++) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const lines = [`The stance tracker is running at http://localhost:${port}`];
  if (admin)
    lines.push(
      `Sign in as the demo admin: ${admin.email} / ${admin.password}  (shown once; change it under "My account")`,
    );
  else lines.push("Sign in with an existing account, or create one with `npm run user:create -- --help`.");
  console.log(`\n${"─".repeat(72)}\n${lines.join("\n")}\n${"─".repeat(72)}\n`);
}
