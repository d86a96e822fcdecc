// npm run db:migrate — apply the committed migrations that the database does not have yet.
import { applyMigrations } from "@/lib/database/migrations";
import { withDatabase } from "./lib/database-target";
import { runScript } from "./lib/run-script";

runScript(() =>
  withDatabase(async (target) => {
    const applied = await applyMigrations(target.url);
    console.log(
      applied.length > 0
        ? `Applied to ${target.describe}:\n${applied.map((name) => `  ${name}`).join("\n")}`
        : `Nothing to apply: ${target.describe} is up to date.`,
    );
  }),
);
