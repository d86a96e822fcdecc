// Lines per page.tsx, longest first, with the 60-line aim of the house rules marked: what the README's map of the
// code lists. `npm run pages:sizes`.
import fs from "node:fs";
import path from "node:path";

const AIM = 60;

function pages(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return pages(full);
    return entry.name === "page.tsx" ? [full] : [];
  });
}

const sizes = pages("app")
  .map((file) => ({ file, lines: fs.readFileSync(file, "utf8").split("\n").length - 1 }))
  .sort((a, b) => b.lines - a.lines || a.file.localeCompare(b.file));
const over = sizes.filter((page) => page.lines > AIM).length;
for (const { file, lines } of sizes) console.log(`${String(lines).padStart(5)}  ${lines > AIM ? "*" : " "} ${file}`);
console.log(`${sizes.length} pages, ${over} over ${AIM} lines (*)`);
