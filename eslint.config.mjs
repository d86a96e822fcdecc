// Lint rules: Next's own (React, accessibility, Core Web Vitals, and eslint-plugin-react-hooks with the React
// Compiler's rules: refs, purity, set-state-in-effect…), typescript-eslint's strict set, and the project's layering
// rules that a linter can see. Formatting is Prettier's job, not ESLint's.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  ...tseslint.configs.strict,
  globalIgnores([".next/**", ".data/**", "node_modules/**", "lib/generated/**", "next-env.d.ts", "coverage/**"]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // In a test, `row!.id` on what the test just looked up is the assertion: if it is missing, the test fails right
    // there with a TypeError. Spelling each one out as `if (!row) throw …` would add noise, not safety.
    files: ["tests/**/*.ts"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
  {
    // Pages, layouts, actions and route handlers call lib/; they never reach the database themselves.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/generated/*", "@prisma/*"],
              message: "Query through lib/, not Prisma, from app/ and components/.",
            },
            { group: ["@/lib/db", "@/lib/db.ts"], message: "Query through lib/<concept>, not the client." },
            { group: ["@/prisma/*"], message: "The seed is not application code." },
          ],
        },
      ],
    },
  },
]);
