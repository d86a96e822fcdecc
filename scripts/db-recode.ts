// npm run db:recode — apply the demo-data corrections of coding rules 1.1 to a database seeded before them
// (prisma/seed/recode-1-1.ts): one transaction, an audit event per change, safe to run again. Rows an editor has
// changed since seeding are left alone and listed. The public pages show the changes within 30 seconds.
import pg from "pg";
import { createPrismaClient } from "@/lib/database/client";
import { migrationStatus } from "@/lib/database/migrations";
import { recodeDemo } from "@/prisma/seed/recode-1-1";
import { withDatabase } from "./lib/database-target";
import { runScript } from "./lib/run-script";

runScript(() =>
  withDatabase(async (target) => {
    // The corrections are written for the current model: a database behind on its migrations is moved first.
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    const status = await migrationStatus(client).finally(() => client.end());
    if (status.pending.length + status.failed.length > 0)
      throw Object.assign(
        new Error(
          `${target.describe} has ${status.pending.length + status.failed.length} migration(s) to apply: run \`npm run db:migrate\` first. Nothing was changed.`,
        ),
        { name: "UserFacingError" },
      );
    const db = createPrismaClient(target.url);
    try {
      const report = await recodeDemo(db);
      console.log(`Coding rules 1.1 on ${target.describe}:`);
      for (const line of report.applied) console.log(`  applied   ${line}`);
      for (const line of report.changed) console.log(`  LEFT      ${line}`);
      console.log(
        `${report.applied.length} applied, ${report.already.length} already in place, ` +
          `${report.changed.length} left for an editor, ${report.missing.length} about demo rows not in this database` +
          (report.countriesAdded ? `; ${report.countriesAdded} ISO countries and organizations added.` : "."),
      );
    } finally {
      await db.$disconnect();
    }
  }),
);
