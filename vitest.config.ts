import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // lib/ modules guard against reaching the browser with `server-only`; tests call them from Node directly.
      "server-only": path.join(root, "tests/support/empty-module.ts"),
    },
  },
  test: {
    setupFiles: ["tests/support/fail-on-console-error.ts"],
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/support/global-database.ts"],
          setupFiles: ["tests/support/integration-setup.ts"],
          // next-auth imports `next/server` without an extension, which only a bundler resolves: let Vite handle it.
          server: { deps: { inline: ["next-auth"] } },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/support/global-app.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser-driven app; files run one after another so they do not race for it.
          fileParallelism: false,
        },
      },
    ],
  },
});
