// A fresh, migrated, empty database for one test file (a copy of the run's template database).
import crypto from "node:crypto";
import { inject } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/database/client";
import { adminQuery, databaseUrl, TEMPLATE_DATABASE } from "./postgres-server";

export interface TestDatabase {
  url: string;
  db: PrismaClient;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = inject("pgAdminUrl");
  const name = `stance_test_${crypto.randomBytes(6).toString("hex")}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
  const url = databaseUrl(adminUrl, name);
  const db = createPrismaClient(url);
  return {
    url,
    db,
    drop: async () => {
      await db.$disconnect();
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
