// The layering rules of docs/ARCHITECTURE.md, checked on the source so that a shortcut fails the suite rather
// than waiting for a reviewer: routes never touch the database, database code never reaches the browser, and pages
// stay thin (docs/CODE_STYLE.md).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

const DATABASE_IMPORT = /from\s+["'](@\/lib\/db|@\/lib\/generated\/prisma[^"']*|@prisma\/client[^"']*|pg)["']/;

describe("layering", () => {
  it("no route, page or component under app/ or components/ imports Prisma or the database client", () => {
    const offenders = [...sourceFiles("app"), ...sourceFiles("components")].filter((file) =>
      DATABASE_IMPORT.test(fs.readFileSync(file, "utf8")),
    );
    expect(offenders).toEqual([]);
  });

  it("every lib module that uses the database client is marked server-only", () => {
    const offenders = sourceFiles("lib").filter((file) => {
      const text = fs.readFileSync(file, "utf8");
      return /from\s+["']@\/lib\/db["']/.test(text) && !/^import\s+["']server-only["'];?$/m.test(text);
    });
    expect(offenders).toEqual([]);
  });
});

/** Pages load through lib and render; anything longer goes into `_components/` or lib (docs/CODE_STYLE.md). */
const PAGE_LINE_LIMIT = 60;

/**
 * Whether a page's source is too long: more than PAGE_LINE_LIMIT lines (as `wc -l` counts them) without the reason
 * in the `//` comment lines it starts with, which must say it is "longer than 60 lines" and why.
 */
function isFatPage(source: string): boolean {
  const lines = source.split("\n").length - (source.endsWith("\n") ? 1 : 0);
  if (lines <= PAGE_LINE_LIMIT) return false;
  const header = source
    .split("\n")
    .filter((line, index, all) => all.slice(0, index + 1).every((l) => l.startsWith("//")));
  return !/longer than 60 lines/i.test(header.join(" "));
}

describe("thin pages", () => {
  const page = (lines: number, header = "") => header + "export {};\n".repeat(lines - header.split("\n").length + 1);

  it("flags a page over 60 lines unless its opening comment says why it is longer", () => {
    expect(isFatPage(page(60))).toBe(false);
    expect(isFatPage(page(61))).toBe(true);
    expect(isFatPage(page(61, "// Shows the explorer.\n"))).toBe(true);
    expect(isFatPage(page(61, "// Longer than 60 lines because the three forms share one transaction.\n"))).toBe(false);
    // The reason belongs at the top, not somewhere inside.
    expect(isFatPage(`import x from "x";\n// longer than 60 lines: no\n${page(61)}`)).toBe(true);
  });

  it(`every page.tsx under app/ is at most ${PAGE_LINE_LIMIT} lines, or says at its top why it is longer`, () => {
    const pages = sourceFiles("app").filter((file) => path.basename(file) === "page.tsx");
    expect(pages.length).toBeGreaterThan(40);
    expect(pages.filter((file) => isFatPage(fs.readFileSync(file, "utf8")))).toEqual([]);
  });
});
