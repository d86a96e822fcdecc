// Prisma 6's `migrate diff` on its WASM schema engine, between two schema files (or from empty), as SQL.
// Used by `npm run db:diff` and by the test that checks schema.prisma against the migrations.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

/** Runs Prisma 6's `migrate diff` between two schema files (or from empty) and returns the SQL. */
export function diffSchemas(databaseUrl: string, fromSchema: string | undefined, toSchema: string): string {
  // Inside the project, so that the generated config file resolves the project's packages.
  fs.mkdirSync(".data", { recursive: true });
  const workDir = fs.mkdtempSync(path.join(".data", "prisma-diff-"));
  // Prisma 6 wants the datasource URL in the schema file; Prisma 7 refuses it there. Copies get it added.
  const withUrl = (file: string, copyName: string) => {
    const target = path.resolve(workDir, copyName);
    const text = fs
      .readFileSync(file, "utf8")
      .replace(/provider\s*=\s*"postgresql"/, `$&\n  url = env("DATABASE_URL")`);
    fs.writeFileSync(target, text);
    return target;
  };
  const to = withUrl(toSchema, "to.prisma");
  const from = fromSchema ? ["--from-schema-datamodel", withUrl(fromSchema, "from.prisma")] : ["--from-empty"];
  const config = path.resolve(workDir, "prisma.config.ts");
  fs.writeFileSync(
    config,
    `import { defineConfig } from "prisma-wasm-migrate/config";
import { PrismaPg } from "@prisma/adapter-pg";
export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: ${JSON.stringify(to)},
  async adapter() { return new PrismaPg({ connectionString: process.env.DATABASE_URL! }); },
});
`,
  );
  const cli = createRequire(import.meta.url).resolve("prisma-wasm-migrate/build/index.js");
  const result = spawnSync(
    process.execPath,
    [cli, "migrate", "diff", "--config", config, ...from, "--to-schema-datamodel", to, "--script"],
    {
      encoding: "utf8",
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PRISMA_SCHEMA_ENGINE_BINARY: process.execPath,
        PRISMA_QUERY_ENGINE_LIBRARY: process.execPath,
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
      },
    },
  );
  fs.rmSync(workDir, { recursive: true, force: true });
  if (result.status !== 0) throw new Error(`prisma migrate diff failed:\n${result.stderr || result.stdout}`);
  return result.stdout;
}
