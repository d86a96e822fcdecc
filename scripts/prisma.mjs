#!/usr/bin/env node
// Runs the Prisma 7 CLI for the commands that work offline (`generate`, `validate`, `format`).
// Prisma insists on a native schema engine that cannot be downloaded here; those commands never run it, so any
// existing file satisfies the check (docs/decisions/002-offline-prisma-migrations.md). Plain .mjs because it
// runs from `postinstall`, before anything else is usable.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  },
});
process.exit(result.status ?? 1);
