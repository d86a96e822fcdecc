// npm run db:status — which committed migrations the database has, which are pending, and anything amiss.
// Exits 1 when the database is not exactly up to date, so scripts can use it as a check.
import pg from "pg";
import { migrationStatus, readMigrations } from "@/lib/database/migrations";
import { withDatabase } from "./lib/database-target";
import { runScript } from "./lib/run-script";

runScript(() =>
  withDatabase(async (target) => {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    const status = await migrationStatus(client).finally(() => client.end());
    console.log(`Database: ${target.describe}`);
    for (const { name } of readMigrations()) {
      const state = status.modified.includes(name)
        ? "applied, but the file changed since"
        : status.failed.includes(name)
          ? "FAILED (started, never finished)"
          : status.applied.includes(name)
            ? "applied"
            : "pending";
      console.log(`  ${state.padEnd(12)} ${name}`);
    }
    if (status.pending.length + status.modified.length + status.failed.length === 0) {
      console.log("Up to date.");
    } else {
      process.exitCode = 1;
      if (status.pending.length > 0) console.log(`${status.pending.length} pending: run \`npm run db:migrate\`.`);
    }
  }),
);
