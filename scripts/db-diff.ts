// npm run db:diff -- <name> — write the migration that takes the database from the last migration's schema to
// the current prisma/schema.prisma, as prisma/migrations/<timestamp>_<name>/migration.sql.
//
// Prisma's native schema engine cannot be downloaded here, and Prisma 7 has no other. Prisma 6's CLI can use a
// WASM engine (aliased in package.json as `prisma-wasm-migrate`), but with it only schema-to-schema diffs work:
// no shadow database, no introspection. So each migration folder also keeps a copy of the schema it produced
// (`schema.prisma`, ignored by `prisma migrate deploy`), and the next diff starts from that copy.
// See docs/decisions/002-offline-prisma-migrations.md.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { MIGRATIONS_DIR, readMigrations } from "@/lib/database/migrations";
import { withDatabase } from "./lib/database-target";
import { diffSchemas } from "./lib/prisma-diff";
import { runScript } from "./lib/run-script";

const Name = z
  .string({ message: "give the migration a name: npm run db:diff -- add_quote_notes" })
  .regex(/^[a-z0-9_]{1,60}$/, "use lower-case letters, digits and underscores");

const SCHEMA = path.join("prisma", "schema.prisma");

runScript(async () => {
  const name = Name.parse(process.argv[2]);
  const previous = readMigrations().at(-1);
  const previousSchema = previous && path.join(MIGRATIONS_DIR, previous.name, "schema.prisma");
  if (previous && previousSchema && !fs.existsSync(previousSchema)) {
    throw Object.assign(new Error(`${previous.name} has no schema.prisma snapshot to diff from.`), {
      name: "UserFacingError",
    });
  }

  const sql = await withDatabase(async (target) => diffSchemas(target.url, previousSchema, SCHEMA));
  if (!/^\s*[A-Z]/m.test(sql.replace(/^--.*$/gm, ""))) {
    console.log("prisma/schema.prisma matches the last migration: nothing to write.");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const folder = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, "migration.sql"), sql);
  fs.copyFileSync(SCHEMA, path.join(folder, "schema.prisma"));
  console.log(`Wrote ${path.relative(process.cwd(), folder)}/migration.sql — read it, then \`npm run db:migrate\`.`);
});
