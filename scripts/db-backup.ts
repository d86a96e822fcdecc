// npm run db:backup -- FILE — a consistent snapshot of every table (one REPEATABLE READ transaction) into FILE,
// gzip-compressed when FILE ends in .gz. Works on DATABASE_URL or on the embedded database, also while the app
// runs. The format and its limits: lib/database/backup.ts; restore with `npm run db:restore -- FILE`.
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { backupDatabase } from "@/lib/database/backup";
import { withDatabase } from "./lib/database-target";
import { runScript } from "./lib/run-script";

const Args = z.tuple([z.string({ message: "name the backup file: npm run db:backup -- FILE" }).min(1)]);

runScript(async () => {
  const { positionals } = parseArgs({ allowPositionals: true, strict: true });
  const [file] = Args.parse(positionals);
  await withDatabase(async (target) => {
    const started = performance.now();
    const summary = await backupDatabase(target.url, path.resolve(file));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Backed up ${summary.rows} rows of ${summary.tables} tables from ${target.describe} to ${file} in ${seconds} s.`,
    );
  });
});
