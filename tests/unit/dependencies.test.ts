// Dependencies point one way (docs/ARCHITECTURE.md, "Which lib/ folders may import which"): no import cycle between
// files or between the folders of lib/, and no lib/ module built on the seed. Imports are resolved like the
// compiler does (tsconfig `paths`), so `@/lib/...` imports count: an earlier check with madge saw none of them.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { dependencyProblems } from "../support/dependency-graph";

// Reading and resolving ~900 files takes a few seconds alone and far longer on a loaded machine: a bound, not a goal.
const CRUISE = { timeout: 600_000 };

describe("dependencies", () => {
  it("have no cycle between files or lib/ folders, and lib/ never imports the seed", CRUISE, async () => {
    expect(await dependencyProblems(process.cwd(), ["app", "lib", "components"])).toEqual([]);
  });

  // The check itself, on a small tree with one of each mistake planted: a check that finds nothing here is broken.
  const planted = fs.mkdtempSync(path.join(os.tmpdir(), "planted-cycles-"));
  afterAll(() => fs.rmSync(planted, { recursive: true, force: true }));

  it("finds a planted file cycle, folder cycle and seed import", CRUISE, async () => {
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(planted, file)), { recursive: true });
      fs.writeFileSync(path.join(planted, file), text);
    };
    write("tsconfig.json", JSON.stringify({ compilerOptions: { paths: { "@/*": ["./*"] } } }));
    // Two files importing each other, one through the alias.
    write("lib/quotes/a.ts", 'import { b } from "@/lib/quotes/b";\nexport const a = () => b;\n');
    write("lib/quotes/b.ts", 'import { a } from "./a";\nexport const b = () => a;\n');
    // Folders that depend on each other through different files: no file cycle, a folder cycle.
    write("lib/api/route.ts", 'import { rows } from "@/lib/stances/queries";\nexport const route = rows;\n');
    write("lib/api/types.ts", 'export type Visibility = "published" | "review";\n');
    write(
      "lib/stances/queries.ts",
      'import type { Visibility } from "@/lib/api/types";\nexport const rows = (v: Visibility) => [v];\n',
    );
    // A lib/ module reaching into the seed.
    write("prisma/seed/people.ts", "export const slugify = (name: string) => name;\n");
    write("lib/people/create.ts", 'import { slugify } from "@/prisma/seed/people";\nexport const create = slugify;\n');

    expect(await dependencyProblems(planted, ["lib", "prisma"])).toEqual([
      "file cycle: lib/quotes/a.ts ⇄ lib/quotes/b.ts",
      "lib/ imports the seed: lib/people/create.ts → prisma/seed/people.ts",
      "folder cycle: lib/api ⇄ lib/stances, through lib/api/route.ts → lib/stances/queries.ts; " +
        "lib/stances/queries.ts → lib/api/types.ts",
    ]);
  });
});
