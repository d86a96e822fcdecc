// The throwaway PostgreSQL server of a test run: an embedded one in a temporary folder, deleted afterwards,
// or the server named by TEST_DATABASE_ADMIN_URL on machines that prefer their own (its databases are
// created and dropped, the server itself is left alone).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "@/lib/database/migrations";
import { freePort, startEmbeddedServer } from "@/lib/database/embedded-server";
import { env } from "@/lib/env";

export const TEMPLATE_DATABASE = "stance_test_template";

export interface TestServer {
  /** URL of the server's maintenance database, used to create and drop test databases. */
  adminUrl: string;
  stop(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  const external = env().TEST_DATABASE_ADMIN_URL;
  if (external) return { adminUrl: external, stop: async () => {} };
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "stance-test-pg-"));
  const server = await startEmbeddedServer({
    dataDir: path.join(root, "data"),
    port: await freePort(),
    persistent: false,
  });
  return {
    adminUrl: server.urlFor("postgres"),
    stop: async () => {
      await server.stop();
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Migrates the template database once; every test database is then a cheap copy of it. */
export async function createTemplate(adminUrl: string): Promise<void> {
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE}`);
  await adminQuery(adminUrl, `CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await applyMigrations(databaseUrl(adminUrl, TEMPLATE_DATABASE));
}
