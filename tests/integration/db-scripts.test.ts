// The database scripts a newcomer and an operator use, run as child processes against a database of their own.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import pg from "pg";
import { readMigrations } from "@/lib/database/migrations";
import { adminQuery, databaseUrl } from "../support/postgres-server";

const name = `stance_scripts_${crypto.randomBytes(4).toString("hex")}`;
let url: string;

beforeAll(async () => {
  await adminQuery(inject("pgAdminUrl"), `CREATE DATABASE ${name}`);
  url = databaseUrl(inject("pgAdminUrl"), name);
});
afterAll(async () => {
  await adminQuery(inject("pgAdminUrl"), `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

function npmRun(script: string, args: string[] = []) {
  const result = spawnSync("npm", ["run", "--silent", script, "--", ...args], {
    encoding: "utf8",
    input: "", // no terminal: scripts that would ask must refuse instead
    env: { ...process.env, DATABASE_URL: url, NODE_ENV: "development" },
  });
  return { status: result.status, output: (result.stdout + result.stderr).replace(/npm warn.*\n/g, "") };
}

async function count(table: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query(`SELECT count(*) FROM "${table}"`)).rows[0].count);
  } finally {
    await client.end();
  }
}

describe("database scripts on DATABASE_URL", () => {
  const migrations = readMigrations().map((m) => m.name);

  it("db:status lists every migration as pending on an empty database and exits 1", () => {
    const result = npmRun("db:status");
    expect(result.status).toBe(1);
    for (const migration of migrations) expect(result.output).toMatch(new RegExp(`pending\\s+${migration}`));
    expect(result.output).toContain("npm run db:migrate");
  });

  it("db:migrate applies them, and db:status then says up to date", () => {
    expect(npmRun("db:migrate")).toMatchObject({ status: 0, output: expect.stringContaining(migrations.at(-1)!) });
    const status = npmRun("db:status");
    expect(status.status).toBe(0);
    expect(status.output).toContain("Up to date.");
    expect(npmRun("db:migrate").output).toContain("Nothing to apply");
  });

  it("db:seed loads the demo, and a second run adds nothing", async () => {
    expect(npmRun("db:seed").status).toBe(0);
    const first = [await count("Article"), await count("Quote"), await count("Stance"), await count("Person")];
    expect(first[0]).toBe(5);
    expect(npmRun("db:seed").status).toBe(0);
    expect([await count("Article"), await count("Quote"), await count("Stance"), await count("Person")]).toEqual(first);
  }, 60_000);

  it("db:reset refuses without --yes when nobody can answer, and changes nothing", async () => {
    const before = await count("Quote");
    const result = npmRun("db:reset");
    expect(result.status).toBe(1);
    expect(result.output).toContain("add --yes");
    expect(await count("Quote")).toBe(before);
  });

  it("db:reset --yes rebuilds the database with the demo data and a first admin", async () => {
    const result = npmRun("db:reset", ["--yes"]);
    expect(result.status).toBe(0);
    expect(result.output).toMatch(/Demo admin: admin@example\.org \/ \S{20,}/);
    expect(await count("Article")).toBe(5);
    expect(await count("User")).toBe(1);
  }, 60_000);

  it("reject unknown flags with a message naming them", () => {
    const result = npmRun("db:reset", ["--yess"]);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/--yess/);
  });
});
