// The lib functions that act for a user: exported functions (`export async function f(` or `export const f = (`)
// whose first parameter is typed `SessionUser | null`, signatures over several lines included. Public reads
// (*public.ts) take no user; lib/generated is Prisma's.
import fs from "node:fs";
import path from "node:path";

const SIGNATURE =
  /export\s+(?:(?:async\s+)?function\s+(\w+)\s*(?:<[^>]*>)?\s*\(|const\s+(\w+)\s*=\s*(?:\w+\()?\s*(?:async\s*)?\()\s*\w+\s*:\s*SessionUser\s*\|\s*null\b/g;

export interface ActingFunction {
  name: string;
  file: string;
}

export function functionsActingForAUser(root: string): ActingFunction[] {
  return sourceFiles(path.join(root, "lib"), path.join(root, "lib", "generated")).flatMap((file) =>
    [...fs.readFileSync(file, "utf8").matchAll(SIGNATURE)].map((match) => ({
      name: (match[1] ?? match[2])!,
      file: path.relative(root, file),
    })),
  );
}

function sourceFiles(dir: string, skip: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full === skip ? [] : sourceFiles(full, skip);
    return entry.name.endsWith(".ts") && !entry.name.endsWith("public.ts") ? [full] : [];
  });
}
