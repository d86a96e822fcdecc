// What a newcomer meets when the embedded database cannot start as usual: a clear message, not a stack trace.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EmbeddedServerError, freePort, startEmbeddedServer } from "@/lib/database/embedded-server";

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
