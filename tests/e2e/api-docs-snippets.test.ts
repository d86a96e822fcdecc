// The Python and R examples of /api-docs, run for real against the built app: the code is taken from the page as
// served (so it is what a reader copies, with this server's address in it) and run by Debian's python3 (pandas,
// requests) and Rscript (httr2, dplyr, readr). Each example ends with the row counts it read, printed by a line
// this test appends, and they must equal what the API itself answers for the same filters.
// Without the interpreters the test skips and says why; CI installs them (.ci/run) and sets REQUIRE_API_SNIPPETS=1,
// which turns a missing interpreter into a failure.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseDocument } from "htmlparser2";
import { findOne, textContent } from "domutils";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/database/client";
import { env } from "@/lib/env";
import { researcherToken } from "../support/api-token";

let db: PrismaClient;
let token: string;
let workDir: string;

beforeAll(async () => {
  db = createPrismaClient(inject("databaseUrl"));
  ({ token } = await researcherToken(db));
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), "api-snippets-"));
});

afterAll(async () => {
  await db?.$disconnect();
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

/** The text of the example under the heading `name` on /api-docs, entities decoded. */
async function example(name: string): Promise<string> {
  const html = await (await fetch(`${inject("baseUrl")}/api-docs`)).text();
  const doc = parseDocument(html);
  const section = findOne(
    (el) => el.name === "section" && el.attribs["aria-labelledby"] === `example-${name}`,
    doc.children,
  );
  const code = section && findOne((el) => el.name === "code", section.children);
  if (!code) throw new Error(`/api-docs has no ${name} example`);
  return textContent(code);
}

/** Rows the API answers for a filter, paged through with the token as the examples do. */
async function apiCount(query: Record<string, string>): Promise<number> {
  let count = 0;
  let cursor: string | null = null;
  do {
    const params = new URLSearchParams({ ...query, limit: "500", ...(cursor ? { cursor } : {}) });
    const response = await fetch(`${inject("baseUrl")}/api/v1/stances?${params}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const page = (await response.json()) as { data: unknown[]; next: string | null };
    count += page.data.length;
    cursor = page.next;
  } while (cursor);
  return count;
}

/** The first interpreter that runs `check` without error, or null. */
function findInterpreter(candidates: string[], args: (check: string) => string[], check: string): string | null {
  for (const candidate of candidates) {
    const result = spawnSync(candidate, args(check), { encoding: "utf8" });
    if (result.status === 0) return candidate;
  }
  return null;
}

function run(command: string, args: string[]): { counts: number[]; output: string } {
  const result = spawnSync(command, args, {
    cwd: workDir,
    encoding: "utf8",
    env: { ...process.env, STANCES_TOKEN: token },
    timeout: 300_000,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`${command} failed (${result.status}):\n${output}`);
  const line = /^COUNTS ([\d ]+)$/m.exec(result.stdout);
  if (!line) throw new Error(`${command} printed no counts:\n${output}`);
  return { counts: line[1].trim().split(" ").map(Number), output };
}

const required = env().REQUIRE_API_SNIPPETS;

describe("the /api-docs examples", () => {
  // Debian's python3 holds Debian's pandas; a python3 earlier on PATH (pyenv, a venv) may not.
  const python = findInterpreter(["python3", "/usr/bin/python3"], (check) => ["-c", check], "import pandas, requests");
  const rscript = findInterpreter(
    ["Rscript", "/usr/bin/Rscript"],
    (check) => ["-e", check],
    "library(httr2); library(dplyr); library(readr)",
  );

  it("Python: the paged list and the JSON Lines export read as many rows as the API holds", async (context) => {
    if (!python) {
      if (required) throw new Error("REQUIRE_API_SNIPPETS=1 but no python3 with pandas and requests was found");
      context.skip("python3 with pandas and requests not found (apt-get install python3-pandas python3-requests)");
      return;
    }
    const code = await example("Python");
    fs.writeFileSync(path.join(workDir, "example.py"), `${code}\nprint("COUNTS", len(stances), len(lines))\n`);
    // Counted first: a request after the seconds the interpreter takes could meet a keep-alive socket the server
    // has just closed.
    const expected = [await apiCount({ speakerCountry: "US", statedFrom: "2021-01-01" }), await apiCount({})];
    expect(expected[0], "the example's filter should match some stances").toBeGreaterThan(0);
    const { counts, output } = run(python, ["example.py"]);
    expect(counts, output).toEqual(expected);
  });

  it("R: the paged list and the CSV export read as many rows as the API holds", async (context) => {
    if (!rscript) {
      if (required) throw new Error("REQUIRE_API_SNIPPETS=1 but no Rscript with httr2, dplyr and readr was found");
      context.skip(
        "Rscript with httr2, dplyr and readr not found (apt-get install r-base-core r-cran-httr2 r-cran-dplyr r-cran-readr)",
      );
      return;
    }
    const code = await example("R");
    fs.writeFileSync(path.join(workDir, "example.R"), `${code}\ncat("COUNTS", nrow(stances), nrow(export), "\\n")\n`);
    const expected = [
      await apiCount({ holderCountry: "KP", dimension: "sequencing" }),
      await apiCount({ holderCountry: "CN" }),
    ];
    expect(expected[0], "the example's filter should match some stances").toBeGreaterThan(0);
    const { counts, output } = run(rscript, ["example.R"]);
    expect(counts, output).toEqual(expected);
  });
});
