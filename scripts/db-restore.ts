// npm run db:restore -- FILE [--replace] [--yes] — loads a backup made by db:backup into an empty database: its
// migrations, then every row, then any newer migrations. --replace first deletes everything in the target (asks
// unless --yes), for putting a backup back into the embedded database or a database that is to be overwritten.
import path from "node:path";
import readline from "node:readline/promises";
import { parseArgs } from "node:util";
import pg from "pg";
import { z } from "zod";
import { restoreDatabase } from "@/lib/database/backup";
import { withDatabase } from "./lib/database-target";
import { runScript } from "./lib/run-script";

const Args = z.tuple([z.string({ message: "name the backup file: npm run db:restore -- FILE" }).min(1)]);

runScript(async () => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    strict: true,
    options: { replace: { type: "boolean", default: false }, yes: { type: "boolean", default: false } },
  });
  const [file] = Args.parse(positionals);
  await withDatabase(async (target) => {
    if (values.replace) {
      if (!values.yes && !(await confirm(`Delete ALL data in ${target.describe} and restore ${file}?`))) {
        console.log("Nothing was changed.");
        return;
      }
      const client = new pg.Client({ connectionString: target.url });
      await client.connect();
      await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;").finally(() => client.end());
    }
    const summary = await restoreDatabase(target.url, path.resolve(file));
    console.log(`Restored ${summary.rows} rows of ${summary.tables} tables from ${file} into ${target.describe}.`);
  });
});

async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) {
    throw Object.assign(new Error("Refusing to replace the database without confirmation: add --yes."), {
      name: "UserFacingError",
    });
  }
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await rl.question(`${question} [y/N] `)).trim());
  } finally {
    rl.close();
  }
}
