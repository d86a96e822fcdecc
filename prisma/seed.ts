// npm run db:seed — load the demo data (the five corpus articles, annotated) into the migrated database at
// DATABASE_URL, or into the embedded one. Safe to run again: the builders upsert by natural keys.
import { seedDemo } from "@/prisma/seed/demo";
import { createPrismaClient } from "@/lib/database/client";
import { withDatabase } from "@/scripts/lib/database-target";
import { runScript } from "@/scripts/lib/run-script";

runScript(() =>
  withDatabase(async (target) => {
    const db = createPrismaClient(target.url);
    try {
      const counts = await seedDemo(db);
      console.log(`Seeded the demo data into ${target.describe}:`);
      for (const [what, count] of Object.entries(counts)) console.log(`  ${what.padEnd(15)} ${count}`);
    } finally {
      await db.$disconnect();
    }
  }),
);
