// Brings a database up to date for the app: apply pending migrations, and on an empty database load the
// demo corpus, and on one without users create the first admin. Used by `npm run dev`, `npm start` and the
// browser tests, so all three start the same way.
import { applyMigrations } from "@/lib/database/migrations";
import { createPrismaClient } from "@/lib/database/client";
import { createFirstAdminIfNoUsers } from "@/lib/users/bootstrap";
import { seedDemo } from "@/prisma/seed/demo";

export interface PreparedDatabase {
  appliedMigrations: string[];
  seeded: boolean;
  /** Present only on the start that created the first admin. */
  adminCredentials?: { email: string; password: string };
}

export async function prepareDatabase(url: string, options: { seedIfEmpty: boolean }): Promise<PreparedDatabase> {
  const appliedMigrations = await applyMigrations(url);
  const db = createPrismaClient(url);
  try {
    const empty = (await db.article.count()) === 0 && (await db.dimension.count()) === 0;
    const seeded = options.seedIfEmpty && empty;
    if (seeded) await seedDemo(db);
    const adminCredentials = (await createFirstAdminIfNoUsers(db)) ?? undefined;
    return { appliedMigrations, seeded, adminCredentials };
  } finally {
    await db.$disconnect();
  }
}
