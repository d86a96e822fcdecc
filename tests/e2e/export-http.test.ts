// The bulk export over HTTP, against the built app: a file PostgreSQL stops writing midway is never delivered as
// if it were whole. The COPY is held on a table lock after the response has started (with `bom=1` its first bytes
// are sent before PostgreSQL's), its backend is then terminated, and the client must see the connection fail, not
// a 200 that ends cleanly with a cut-off file; the audit row says the export did not complete.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import pg from "pg";
import { createPrismaClient, type PrismaClient } from "@/lib/database/client";
import { researcherToken } from "../support/api-token";

let db: PrismaClient;
let researcher: { userId: string; token: string };

beforeAll(async () => {
  db = createPrismaClient(inject("databaseUrl"));
  researcher = await researcherToken(db);
});

afterAll(async () => {
  await db?.$disconnect();
});

/** Between two looks at a condition (the test waits for the condition, not for a time). */
const pause = () => new Promise((resolve) => setTimeout(resolve, 50));

const exportUrl = (query: string) => `${inject("baseUrl")}/api/v1/stances/export?${query}`;

describe("GET /api/v1/stances/export over HTTP", () => {
  it("streams the whole CSV and JSON Lines with their headers", async () => {
    const headers = { authorization: `Bearer ${researcher.token}` };
    const csv = await fetch(exportUrl("format=csv&holderCountry=KP"), { headers });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-disposition")).toMatch(
      /filename="stances_holderCountry-KP_\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const text = await csv.text();
    expect(text.startsWith("id,status,statedOn,")).toBe(true);
    const jsonl = await (await fetch(exportUrl("format=jsonl&holderCountry=KP"), { headers })).text();
    const ids = jsonl
      .trimEnd()
      .split("\n")
      .map((line) => (JSON.parse(line) as { id: number }).id);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(text).toContain(`\n${id},`);
    // A bad parameter is a 400 before any byte of a file.
    const bad = await fetch(exportUrl("format=csv&holderCountry=ZZ"), { headers });
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-disposition")).toBeNull();
  });

  it("aborts the connection when PostgreSQL fails midway, and audits the export as incomplete", async () => {
    const locker = new pg.Client({ connectionString: inject("databaseUrl") });
    await locker.connect();
    try {
      // The COPY needs every table it reads: holding one makes it wait after the response has begun.
      await locker.query(`BEGIN; LOCK TABLE "Outlet" IN ACCESS EXCLUSIVE MODE`);
      const started = new Date();
      const response = await fetch(exportUrl("format=csv&bom=1"), {
        headers: { authorization: `Bearer ${researcher.token}` },
      });
      expect(response.status).toBe(200);
      const reader = response.body!.getReader();
      const first = await reader.read();
      expect([...(first.value ?? [])].slice(0, 3)).toEqual([0xef, 0xbb, 0xbf]);
      // The export's backend, waiting on the lock: the database goes away under it.
      let pid: number | undefined;
      while (pid === undefined) {
        const { rows } = await locker.query<{ pid: number }>(
          `SELECT pid FROM pg_stat_activity WHERE query LIKE 'COPY (%' AND wait_event_type = 'Lock'`,
        );
        pid = rows[0]?.pid;
        if (pid === undefined) await pause();
      }
      await locker.query(`SELECT pg_terminate_backend($1)`, [pid]);
      const rest = (async () => {
        for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read());
      })();
      await expect(rest).rejects.toThrow();
      let audit;
      while (!audit) {
        audit = await db.auditEvent.findFirst({
          where: { action: "export", actorId: researcher.userId, createdAt: { gte: started } },
        });
        if (!audit) await pause();
      }
      expect(audit.after).toMatchObject({ format: "csv", complete: false });
    } finally {
      await locker.query("ROLLBACK").catch(() => {});
      await locker.end();
    }
  });
});
