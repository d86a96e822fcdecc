// npm run db:recode — apply the demo-data corrections of coding rules 1.1 to a database seeded before them
// (prisma/seed/recode-1-1.ts): one transaction, an audit event per change, safe to run again. Rows an editor has
// changed since seeding are left alone and listed. The public pages show the changes within 30 seconds.
import { createPrismaClient } from "@/lib/database/client";
import { recodeDemo } from "@/prisma/seed/recode-1-1";
import { withDatabase } from "./lib/database-target";
import { runScript } from "./lib/run-script";

runScript(() =>
  withDatabase(async (target) => {
    const db = createPrismaClient(target.url);
    try {
      const report = await recodeDemo(db);
      console.log(`Coding rules 1.1 on ${target.describe}:`);
      for (const line of report.applied) console.log(`  applied   ${line}`);
      for (const line of report.skipped) console.log(`  LEFT      ${line}`);
      console.log(
        `${report.applied.length} applied, ${report.already.length} already in place, ${report.skipped.length} left for an editor` +
          (report.countriesAdded ? `; ${report.countriesAdded} ISO countries and organizations added.` : "."),
      );
    } finally {
      await db.$disconnect();
    }
  }),
);
