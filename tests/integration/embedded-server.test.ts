// What a newcomer meets when the embedded database cannot start as usual: a clear message, not a stack trace.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EmbeddedServerError, findRunningServer, freePort, startEmbeddedServer } from "@/lib/database/embedded-server";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "stance-embedded-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("startEmbeddedServer", () => {
  it("says which port is taken and how to choose another", async () => {
    const blocker = net.createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, "127.0.0.1", resolve));
    try {
      const start = startEmbeddedServer({ dataDir: path.join(root, "busy"), port });
      await expect(start).rejects.toThrow(EmbeddedServerError);
      await expect(start).rejects.toThrow(new RegExp(`Port ${port} is already in use.*EMBEDDED_PG_PORT`));
    } finally {
      blocker.close();
    }
  });

  it("keeps its data across a restart, and clears a stale lock left by a crash", { timeout: 60_000 }, async () => {
    const dataDir = path.join(root, "kept");
    const first = await startEmbeddedServer({ dataDir, port: await freePort() });
    await exec(first.urlFor("postgres"), "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')");
    await first.stop();

    // A crashed server leaves its lock file behind with a pid that no longer runs.
    fs.writeFileSync(path.join(dataDir, "postmaster.pid"), "999999\n");
    const second = await startEmbeddedServer({ dataDir, port: await freePort() });
    try {
      expect(await exec(second.urlFor("postgres"), "SELECT note FROM kept")).toEqual([{ note: "still here" }]);
    } finally {
      await second.stop();
    }
  });

  it("refuses to share a data folder with a server that is still running", { timeout: 60_000 }, async () => {
    const dataDir = path.join(root, "shared");
    const running = await startEmbeddedServer({ dataDir, port: await freePort() });
    try {
      await expect(startEmbeddedServer({ dataDir, port: await freePort() })).rejects.toThrow(
        /Another PostgreSQL server \(pid \d+\) is already using/,
      );
    } finally {
      await running.stop();
    }
  });
});

describe("the embedded server's password", () => {
  it("is random, kept beside the data folder, and postgres:postgres is refused", { timeout: 60_000 }, async () => {
    const dataDir = path.join(root, "secret");
    const server = await startEmbeddedServer({ dataDir, port: await freePort() });
    try {
      const password = fs.readFileSync(`${dataDir}.password`, "utf8").trim();
      expect(password.length).toBeGreaterThanOrEqual(24);
      expect(server.urlFor("postgres")).toContain(encodeURIComponent(password));
      expect(fs.statSync(`${dataDir}.password`).mode & 0o077).toBe(0);
      await expect(exec(withPassword(server.urlFor("postgres"), "postgres"), "SELECT 1")).rejects.toThrow(
        /password authentication failed/,
      );
    } finally {
      await server.stop();
    }
  });

  it(
    "moves a data folder made with postgres:postgres to a random password, keeping its data",
    { timeout: 60_000 },
    async () => {
      const dataDir = path.join(root, "legacy");
      const first = await startEmbeddedServer({ dataDir, port: await freePort() });
      await exec(first.urlFor("postgres"), "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('old folder')");
      // What earlier versions left behind: the well-known password, and no password file.
      await exec(first.urlFor("postgres"), "ALTER ROLE postgres PASSWORD 'postgres'");
      await first.stop();
      fs.rmSync(`${dataDir}.password`);

      const second = await startEmbeddedServer({ dataDir, port: await freePort() });
      try {
        expect(await exec(second.urlFor("postgres"), "SELECT note FROM kept")).toEqual([{ note: "old folder" }]);
        await expect(exec(withPassword(second.urlFor("postgres"), "postgres"), "SELECT 1")).rejects.toThrow(
          /password authentication failed/,
        );
      } finally {
        await second.stop();
      }
    },
  );
});

describe("findRunningServer", () => {
  it("finds the server that runs on a data folder, and nothing once it stopped", { timeout: 60_000 }, async () => {
    const dataDir = path.join(root, "running");
    const server = await startEmbeddedServer({ dataDir, port: await freePort() });
    try {
      const found = findRunningServer(dataDir);
      expect(found?.urlFor("postgres")).toBe(server.urlFor("postgres"));
      expect(await exec(server.urlFor("postgres"), "SELECT 1 AS one")).toEqual([{ one: 1 }]);
    } finally {
      await server.stop();
    }
    expect(findRunningServer(dataDir)).toBeNull();
  });
});

describe("shuttingDown", () => {
  it(
    "settles when someone else asks for a smart shutdown, while an open session still holds the server up",
    { timeout: 60_000 },
    async () => {
      const dataDir = path.join(root, "smart");
      const server = await startEmbeddedServer({ dataDir, port: await freePort() });
      const { default: pg } = await import("pg");
      const session = new pg.Client({ connectionString: server.urlFor("postgres") });
      await session.connect();
      let exited = false;
      void server.exited.then(() => (exited = true));
      try {
        const pid = Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
        process.kill(pid, "SIGTERM"); // what `kill <pid>` or `pg_ctl stop -m smart` sends
        await server.shuttingDown;
        expect(exited).toBe(false); // PostgreSQL waits for the session, and tells it nothing
        expect((await session.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
      } finally {
        await session.end();
      }
      expect(await server.exited).toEqual({ code: 0, signal: null }); // the session gone, the shutdown completes
    },
  );
});

function withPassword(url: string, password: string): string {
  const parsed = new URL(url);
  parsed.password = password;
  return parsed.toString();
}

async function exec(url: string, sql: string) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}
