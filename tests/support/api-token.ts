// A researcher with an API token in the database of a built app under test (browser and HTTP tests), made through
// lib/ as the account page makes it. lib/ reads through the app's one Prisma client (lib/db.ts): the test's.
import crypto from "node:crypto";
import type { PrismaClient } from "@/lib/database/client";

export async function researcherToken(db: PrismaClient): Promise<{ userId: string; token: string }> {
  (globalThis as unknown as { prisma: PrismaClient }).prisma = db;
  const { createApiToken } = await import("@/lib/api-tokens/mutations");
  const email = `researcher-${crypto.randomBytes(4).toString("hex")}@example.org`;
  const user = await db.user.create({ data: { email, role: "researcher" } });
  const { token } = await createApiToken({ id: user.id, email, name: null, role: "researcher" }, { name: "test" });
  return { userId: user.id, token };
}
