// The layering rules of docs/ARCHITECTURE.md, checked on the source so that a shortcut fails the suite rather
// than waiting for a reviewer: routes never touch the database, and database code never reaches the browser.
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
