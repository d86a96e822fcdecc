// Global setup of the browser tests: build the app, start a throwaway PostgreSQL with the demo data and the
// first admin (the same preparation `npm start` does), and run `next start` on a free port.
// E2E_REUSE_BUILD=1 skips the build when one exists, for quick local iterations.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import type { TestProject } from "vitest/node";
import { freePort } from "@/lib/database/embedded-server";
import { env } from "@/lib/env";
import { prepareDatabase } from "@/scripts/lib/prepare-database";
import { adminQuery, databaseUrl, startTestServer } from "./postgres-server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    databaseUrl: string;
    adminEmail: string;
    adminPassword: string;
  }
}

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

export default async function setup(project: TestProject) {
  if (!(env().E2E_REUSE_BUILD && fs.existsSync(".next/BUILD_ID"))) build();

  const server = await startTestServer();
  let app: ChildProcess | undefined;
  const teardown = async () => {
    if (app && app.exitCode === null) {
      app.kill("SIGTERM");
      await new Promise((resolve) => app!.once("exit", resolve));
    }
    await server.stop();
  };
  try {
    const name = `stance_e2e_${crypto.randomBytes(4).toString("hex")}`;
    await adminQuery(server.adminUrl, `CREATE DATABASE ${name}`);
    const url = databaseUrl(server.adminUrl, name);
    const prepared = await prepareDatabase(url, { seedIfEmpty: true });
    if (!prepared.adminCredentials) throw new Error("The e2e database should have had no users before preparation.");

    const port = await freePort();
    const log: string[] = [];
    app = spawn(process.execPath, [nextBin, "start", "--port", String(port)], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: url,
        AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
        AUTH_TRUST_HOST: "true",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    app.stdout!.on("data", (chunk) => log.push(String(chunk)));
    app.stderr!.on("data", (chunk) => log.push(String(chunk)));
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitForHealth(baseUrl, app, log);

    project.provide("baseUrl", baseUrl);
    project.provide("databaseUrl", url);
    project.provide("adminEmail", prepared.adminCredentials.email);
    project.provide("adminPassword", prepared.adminCredentials.password);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}

function build() {
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    encoding: "utf8",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error(`next build failed:\n${result.stdout}\n${result.stderr}`);
}

async function waitForHealth(baseUrl: string, app: ChildProcess, log: string[]) {
  for (let attempt = 0; attempt < 240; attempt++) {
    if (app.exitCode !== null) throw new Error(`next start exited with ${app.exitCode}:\n${log.join("")}`);
    const ok = await fetch(`${baseUrl}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The app did not become healthy within 60 s:\n${log.join("")}`);
}
