// The database scripts a newcomer and an operator use, run as child processes against a database of their own.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import pg from "pg";
import { readMigrations } from "@/lib/database/migrations";
import { freePort, startEmbeddedServer, type EmbeddedServer } from "@/lib/database/embedded-server";
import { verifyPassword } from "@/lib/auth/password";
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
  });

  it("db:reset refuses without --yes when nobody can answer, and changes nothing", async () => {
    const before = await count("Quote");
    const result = npmRun("db:reset");
    expect(result.status).toBe(1);
    expect(result.output).toContain("add --yes");
    expect(await count("Quote")).toBe(before);
  });

  it("db:reset --yes rebuilds the database with the demo data and a first admin, and prints no password", async () => {
    const result = npmRun("db:reset", ["--yes"]);
    expect(result.status).toBe(0);
    // An external database's output lands in deployment logs: the admin is named with how to set a password.
    expect(result.output).toContain("Created the first admin, admin@example.org");
    expect(result.output).toContain("npm run user:create -- --email admin@example.org --role admin --password-stdin");
    expect(result.output).not.toMatch(/admin@example\.org \/ \S/);
    expect(await count("Article")).toBe(5);
    expect(await count("User")).toBe(1);
  });

  it("reject unknown flags with a message naming them", () => {
    const result = npmRun("db:reset", ["--yess"]);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/--yess/);
  });
});

describe("database scripts beside a running app on the embedded server", () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "stance-beside-"));
  const dataDir = path.join(folder, "postgres");
  let server: EmbeddedServer;
  beforeAll(async () => {
    server = await startEmbeddedServer({ dataDir, port: await freePort() });
  });
  afterAll(async () => {
    await server.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  // What `npm run dev` in another terminal looks like to a script: a live server on the project's data folder.
  function besideApp(script: string, args: string[] = [], input = "") {
    const environment: NodeJS.ProcessEnv = { ...process.env, EMBEDDED_PG_DIR: dataDir, NODE_ENV: "development" };
    delete environment.DATABASE_URL;
    const result = spawnSync("npm", ["run", "--silent", script, "--", ...args], {
      encoding: "utf8",
      input,
      env: environment,
    });
    return { status: result.status, output: (result.stdout + result.stderr).replace(/npm warn.*\n/g, "") };
  }

  it("db:migrate and user:create work on the running server instead of refusing, and leave it running", async () => {
    const migrate = besideApp("db:migrate");
    expect(migrate).toMatchObject({
      status: 0,
      output: expect.stringContaining("the running embedded PostgreSQL server"),
    });
    const user = besideApp(
      "user:create",
      ["--email", "beside@example.org", "--role", "admin", "--password-stdin"],
      "a long enough password\n",
    );
    expect(user).toMatchObject({ status: 0, output: expect.stringContaining("beside@example.org") });

    const client = new pg.Client({ connectionString: server.urlFor("stance_tracker") });
    await client.connect();
    try {
      const rows = (await client.query(`SELECT email FROM "User"`)).rows;
      expect(rows).toEqual([{ email: "beside@example.org" }]);
    } finally {
      await client.end();
    }
    expect(besideApp("db:status").status).toBe(0);
  });

  it("db:reset --yes on the embedded server prints the new demo admin's password, which signs in", async () => {
    const result = besideApp("db:reset", ["--yes"]);
    expect(result.status).toBe(0);
    const match = /Sign in as the demo admin: admin@example\.org \/ (\S{20,})/.exec(result.output);
    expect(match, result.output).not.toBeNull();
    const client = new pg.Client({ connectionString: server.urlFor("stance_tracker") });
    await client.connect();
    try {
      const rows = (await client.query(`SELECT "passwordHash" FROM "User" WHERE email = 'admin@example.org'`)).rows;
      expect(await verifyPassword(rows[0].passwordHash, match![1])).toBe(true);
    } finally {
      await client.end();
    }
  });
});
