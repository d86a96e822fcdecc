// What /api/health reports: can we reach the database, and does it have every committed migration?
import "server-only";
import { db } from "@/lib/db";
import { compareMigrations, readMigrations, type AppliedMigrationRow } from "@/lib/database/migrations";

export interface Health {
  status: "ok" | "error";
  database: "up" | "down";
  migrations: "current" | "pending" | "modified" | "failed" | "unknown";
  detail?: string;
}

export async function checkHealth(): Promise<Health> {
  let rows: AppliedMigrationRow[];
  try {
    await db.$queryRaw`SELECT 1`;
  } catch {
    return { status: "error", database: "down", migrations: "unknown", detail: "The database cannot be reached." };
  }
  try {
    rows =
      await db.$queryRaw`SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`;
  } catch {
    return { status: "error", database: "up", migrations: "pending", detail: "No migration has been applied." };
  }
  const status = compareMigrations(rows, readMigrations());
  if (status.failed.length > 0) return problem("failed", `Started but not finished: ${status.failed.join(", ")}`);
  if (status.modified.length > 0)
    return problem("modified", `Changed after they were applied: ${status.modified.join(", ")}`);
  if (status.pending.length > 0) return problem("pending", `Not applied: ${status.pending.join(", ")}`);
  return { status: "ok", database: "up", migrations: "current" };
}

function problem(migrations: Health["migrations"], detail: string): Health {
  return { status: "error", database: "up", migrations, detail };
}
