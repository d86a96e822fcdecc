import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { GET } from "@/app/api/health/route";

describe("GET /api/health", () => {
  it("answers ok with the database up and every migration applied", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "up", migrations: "current" });
  });

  it("answers 503 and names the migration that is not applied", async () => {
    const [row] = await db.$queryRaw<
      { id: string; migration_name: string }[]
    >`SELECT id, migration_name FROM "_prisma_migrations" LIMIT 1`;
    await db.$executeRaw`UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE id = ${row.id}`;
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      const body = await response.json();
      expect(body).toMatchObject({ status: "error", database: "up", migrations: "pending" });
      expect(body.detail).toContain(row.migration_name);
    } finally {
      await db.$executeRaw`UPDATE "_prisma_migrations" SET rolled_back_at = NULL WHERE id = ${row.id}`;
    }
  });
});
