// DATABASE_REPLICA_URL: the bulk exports' COPY reads the replica; the rest of the app keeps reading the primary.
// A second database of the test server stands in for the replica, told apart by its name.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/database";

let replica: TestDatabase;

beforeAll(async () => {
  replica = await createTestDatabase();
  process.env.DATABASE_REPLICA_URL = replica.url; // read by lib/env.ts on its first use in this file, below
});

afterAll(async () => {
  await (await import("@/lib/database/copy-out")).closeCopyPool();
  await replica.drop();
});

describe("DATABASE_REPLICA_URL", () => {
  it("sends the exports' COPY to the replica and leaves every other read on the primary", async () => {
    const { copyOut } = await import("@/lib/database/copy-out");
    const { db } = await import("@/lib/db");
    const copied = await copyOut("COPY (SELECT current_database()) TO STDOUT");
    const text = await new Response(copied.stream).text();
    expect(text.trim()).toBe(new URL(replica.url).pathname.slice(1));

    const [primary] = await db.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`;
    expect(primary.name).toBe(new URL(process.env.DATABASE_URL!).pathname.slice(1));
    expect(primary.name).not.toBe(text.trim());
  });
});
