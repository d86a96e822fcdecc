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
          // Bounds for a hung test, not goals: on a loaded 2-core machine (load 10-30) a script that spawns tsx or
          // seeds the demo took over 60 s, and 30 s/60 s bounds failed tests that pass alone. Speed lives in
          // the benchmarks (npm run bench…).
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/support/global-app.ts"],
          // Generous for the same reason: these drive a browser against a production build on a shared machine.
          testTimeout: 300_000,
          hookTimeout: 600_000,
          // One browser-driven app; files run one after another so they do not race for it.
          fileParallelism: false,
          // expect.poll waits for a condition (a page refreshed after a write); its 1 s default failed under load
          // (takedowns, load ~12) where the same wait passed alone. A bound for a hung wait, not a goal.
          expect: { poll: { timeout: 30_000, interval: 100 } },
        },
      },
    ],
  },
});
