// Runs before each integration test file is imported: gives the file its own database and points the app's
// one Prisma client (lib/db.ts, which reads DATABASE_URL) at it.
import { afterAll } from "vitest";
import { createTestDatabase } from "./database";

const database = await createTestDatabase();
process.env.DATABASE_URL = database.url;

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await (await import("@/lib/database/copy-out")).closeCopyPool();
  await database.drop();
});
