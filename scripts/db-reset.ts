// npm run db:reset [-- --yes] [--no-seed] — delete everything in the database, re-apply every migration and
// load the demo data. Asks first unless --yes is given; refuses without --yes when nobody can answer.
import readline from "node:readline/promises";
import { parseArgs } from "node:util";
import pg from "pg";
import { z } from "zod";
import { withDatabase } from "./lib/database-target";
import { prepareDatabase } from "./lib/prepare-database";
import { runScript } from "./lib/run-script";
import { firstAdminNotice } from "./lib/first-admin";

const Flags = z.object({ yes: z.boolean().default(false), "no-seed": z.boolean().default(false) }).strict();

runScript(async () => {
  const { values } = parseArgs({ options: { yes: { type: "boolean" }, "no-seed": { type: "boolean" } }, strict: true });
  const flags = Flags.parse(values);
  await withDatabase(async (target) => {
    if (!flags.yes && !(await confirm(`Delete ALL data in ${target.describe}?`))) {
      console.log("Nothing was changed.");
      return;
    }
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    try {
      await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    } finally {
      await client.end();
    }
    const prepared = await prepareDatabase(target.url, { seedIfEmpty: !flags["no-seed"] });
    console.log(
      `Reset ${target.describe}: applied ${prepared.appliedMigrations.length} migration(s)` +
        (prepared.seeded ? ", loaded the demo data." : "."),
    );
    if (prepared.adminCredentials) console.log(firstAdminNotice(prepared.adminCredentials, target.local));
  });
});

async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) {
    throw Object.assign(new Error("Refusing to reset without confirmation: add --yes to run it unattended."), {
      name: "UserFacingError",
    });
  }
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question(`${question} Type "yes" to continue: `);
  rl.close();
  return answer.trim().toLowerCase() === "yes";
}
