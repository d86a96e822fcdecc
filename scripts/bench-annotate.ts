// npm run bench:annotate — an editor's speed, measured in the built app (run `npm run build` first): a throwaway
// embedded PostgreSQL with the demo data and `next start` on free ports, then Chromium marks, codes and submits
// ten quotes of the demo corpus by keyboard only (find the words, " for the quotation, q, a few letters of the
// speaker, Enter, number keys, Ctrl+Shift+Enter), and a second editor reviews them with j and a. Per quote it
// prints the key presses after the text was found and the times from the key press: panel painted, save
// acknowledged (with the server's own time for the save, and what the page took after the answer), next review
// item shown; then p50/p95. Targets (issue #14): ≤ 15 keys, UI p95 < 100 ms after the server answers, save p95
// < 300 ms server time, next review item < 200 ms.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { chromium, type Page, type Response } from "playwright-core";
import { env } from "@/lib/env";
import { hashPassword } from "@/lib/auth/password";
import { createPrismaClient } from "@/lib/database/client";
import { ensureDatabase, freePort, startEmbeddedServer } from "@/lib/database/embedded-server";
import { prepareDatabase } from "./lib/prepare-database";
import { runScript } from "./lib/run-script";

interface QuoteTask {
  /** The start of the article's title, to open it. */
  article: string;
  /** Words inside the quotation, typed into the find box (not counted: finding is reading, not marking). */
  find: string;
  /** The first letters of the speaker's name or alias, and the person they should pick. */
  speaker: string;
  person: string;
}

const TASKS: QuoteTask[] = [
  { article: "China and South Korea vow", find: "communicate strategically", speaker: "Kong", person: "Kong Xuanyou" },
  { article: "China and South Korea vow", find: "work together closely", speaker: "Lee", person: "Lee Do-hoon" },
  { article: "China and South Korea vow", find: "anxious that the", speaker: "Zhang", person: "Zhang Baohui" },
  {
    article: "China and South Korea vow",
    find: "definitely would want",
    speaker: "Ryo",
    person: "Ryo Hinata-Yamaguchi",
  },
  { article: "China and South Korea vow", find: "positive and constructive", speaker: "Xi", person: "Xi Jinping" },
  {
    article: "South Korean, US foreign ministers",
    find: "masters of the Peninsula",
    speaker: "Wang",
    person: "Wang Yi",
  },
  { article: "South Korean, US foreign ministers", find: "ironclad", speaker: "Ned", person: "Ned Price" },
  { article: "South Korean, US foreign ministers", find: "very productive", speaker: "Sull", person: "Jake Sullivan" },
  { article: "China backs South Korea", find: "the push for the end-of-war", speaker: "Yang", person: "Yang Jiechi" },
  { article: "Behind-the-Scenes Talks", find: "If China participates", speaker: "Shin", person: "Shin Beom-chul" },
];

const PASSWORD = "bench annotate password";
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

interface QuoteFigures {
  keys: number;
  panelMs: number;
  saveMs: number;
  saveServerMs: number;
  saveAfterServerMs: number;
  /** The answer carried the workspace rendered again (a cache revalidation in the action). */
  saveRerendered: boolean;
  /** What PostgreSQL ran between the key press and the save acknowledged. */
  saveSql: SqlUse;
}

interface SqlUse {
  statements: number;
  ms: number;
  /** CPU time the app's process used meanwhile (Linux, 10 ms ticks): less moved by the machine's load than times. */
  appCpuMs: number;
}

/** Statements PostgreSQL ran (pg_stat_statements), summed per statement text over a phase of the run. */
type StatementTally = Map<string, { calls: number; ms: number }>;

/** `--statements`: also list, per phase, the statements run with their calls per action. */
const LIST_STATEMENTS = process.argv.includes("--statements");

runScript(async () => {
  if (!fs.existsSync(".next/BUILD_ID"))
    throw Object.assign(new Error("No build: run `npm run build` first."), { name: "UserFacingError" });
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "stance-bench-annotate-"));
  const server = await startTrackingServer(path.join(root, "data"));
  let app: ChildProcess | undefined;
  let sql: pg.Client | undefined;
  try {
    await ensureDatabase(server.urlFor("postgres"), "stance_bench");
    const url = server.urlFor("stance_bench");
    progress("database started; migrating and loading the demo data");
    await prepareDatabase(url, { seedIfEmpty: true });
    const db = createPrismaClient(url);
    const editors = [];
    for (const name of ["annotator", "reviewer"]) {
      editors.push(
        await db.user.create({
          data: {
            email: `bench-${name}-${crypto.randomBytes(3).toString("hex")}@example.org`,
            name: `Bench ${name}`,
            role: "editor",
            passwordHash: await hashPassword(PASSWORD),
          },
        }),
      );
    }
    const articles = new Map<string, number>();
    for (const task of TASKS) {
      const article = await db.article.findFirstOrThrow({ where: { title: { startsWith: task.article } } });
      articles.set(task.article, article.id);
    }
    await db.$disconnect();
    sql = new pg.Client({ connectionString: url });
    await sql.connect();
    await sql.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    const statements = sql;

    const port = await freePort();
    app = spawn(process.execPath, [nextBin, "start", "--port", String(port)], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: url,
        AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
        AUTH_TRUST_HOST: "true",
      },
      stdio: "ignore",
    });
    const baseUrl = `http://127.0.0.1:${port}`;
    progress("starting the app");
    await waitForHealth(baseUrl, app);
    progress("app ready; marking quotes");

    const browser = await chromium.launch({
      executablePath: env().CHROMIUM_PATH,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
    });
    try {
      const meter = sqlMeter(statements, app.pid);
      const saveStatements: StatementTally = new Map();
      const approveStatements: StatementTally = new Map();
      const annotator = await signIn(browser, baseUrl, editors[0].email);
      const quotes: QuoteFigures[] = [];
      let open: string | null = null;
      for (const task of TASKS) {
        if (open !== task.article) {
          await annotator.goto(`/admin/articles/${articles.get(task.article)}/annotate`);
          await annotator.locator("#article-text[data-ready]").waitFor();
          open = task.article;
        }
        quotes.push(await markCodeSubmit(annotator, task, meter, saveStatements));
        console.log(`quote ${quotes.length}: ${describeQuote(quotes.at(-1) as QuoteFigures)} (${task.person})`);
      }
      const reviewer = await signIn(browser, baseUrl, editors[1].email);
      const review = await reviewAll(reviewer, editors[0].id, TASKS.length, meter, approveStatements);
      review.forEach((figures, index) =>
        console.log(
          `review ${index + 1}: next item shown ${ms(figures.nextMs)} (server ${ms(figures.serverMs)}, after it ${ms(figures.afterServerMs)}; ${describeSql(figures.sql)})${figures.rerendered ? " · page rendered again in the answer" : ""}`,
        ),
      );
      console.log("");
      console.log(
        `key presses after the text was found: ${stats(
          quotes.map((q) => q.keys),
          "",
        )}`,
      );
      console.log(`key press → panel painted: ${stats(quotes.map((q) => q.panelMs))}`);
      console.log(`Ctrl+Shift+Enter → save acknowledged: ${stats(quotes.map((q) => q.saveMs))}`);
      console.log(`  of which the server (save and submit): ${stats(quotes.map((q) => q.saveServerMs))}`);
      console.log(
        `    the same from the second quote on (a warm server): ${stats(quotes.slice(1).map((q) => q.saveServerMs))}`,
      );
      console.log(
        `    answers that carried the page rendered again: ${quotes.filter((q) => q.saveRerendered).length} of ${quotes.length}`,
      );
      console.log(
        `    statements PostgreSQL ran per save: ${stats(
          quotes.map((q) => q.saveSql.statements),
          "",
        )}; their PostgreSQL time: ${stats(quotes.map((q) => q.saveSql.ms))}`,
      );
      console.log(`    the app's CPU time per save: ${stats(quotes.map((q) => q.saveSql.appCpuMs))}`);
      console.log(`  and the page after the server answered: ${stats(quotes.map((q) => q.saveAfterServerMs))}`);
      console.log(`a → next review item shown: ${stats(review.map((r) => r.nextMs))}`);
      console.log(`  of which the server (approve): ${stats(review.map((r) => r.serverMs))}`);
      console.log(
        `    the same from the second approval on (a warm server): ${stats(review.slice(1).map((r) => r.serverMs))}`,
      );
      console.log(
        `    statements PostgreSQL ran per approval: ${stats(
          review.map((r) => r.sql.statements),
          "",
        )}; their PostgreSQL time: ${stats(review.map((r) => r.sql.ms))}`,
      );
      console.log(`    the app's CPU time per approval: ${stats(review.map((r) => r.sql.appCpuMs))}`);
      console.log(`  and the page after the server answered: ${stats(review.map((r) => r.afterServerMs))}`);
      if (LIST_STATEMENTS) {
        console.log("");
        printStatements("save and submit", saveStatements, quotes.length);
        printStatements("approval", approveStatements, review.length);
      }
    } finally {
      await browser.close();
    }
  } finally {
    if (app && app.exitCode === null) {
      app.kill("SIGTERM");
      await new Promise((resolve) => app?.once("exit", resolve));
    }
    await sql?.end();
    await server.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }
});

/**
 * An embedded server that loads pg_stat_statements (a setting of the scratch cluster, so it starts twice), so that
 * the run can tell how many statements each save and approval issued and what they cost PostgreSQL itself.
 */
async function startTrackingServer(dataDir: string) {
  const port = await freePort();
  const first = await startEmbeddedServer({ dataDir, port, persistent: true });
  const admin = new pg.Client({ connectionString: first.urlFor("postgres") });
  await admin.connect();
  await admin.query("ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'");
  await admin.query("ALTER SYSTEM SET pg_stat_statements.track_utility = on");
  await admin.end();
  await first.stop();
  return startEmbeddedServer({ dataDir, port, persistent: false });
}

/** The CPU time a process used so far (utime + stime from /proc/<pid>/stat), in ms; 0 where there is no /proc. */
function cpuMsOf(pid: number | undefined): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** Forgets what PostgreSQL ran so far; `read` then returns what ran since, and adds it to `tally`. */
function sqlMeter(sql: pg.Client, appPid: number | undefined) {
  let cpuAtReset = 0;
  return {
    reset: async () => {
      await sql.query("SELECT pg_stat_statements_reset()");
      cpuAtReset = cpuMsOf(appPid);
    },
    read: async (tally: StatementTally): Promise<SqlUse> => {
      const appCpuMs = cpuMsOf(appPid) - cpuAtReset;
      const { rows } = await sql.query<{ query: string; calls: string; ms: number }>(
        `SELECT query, calls, total_exec_time + total_plan_time AS ms
           FROM pg_stat_statements
          WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
            AND query NOT ILIKE '%pg_stat_statements%'`,
      );
      const use = { statements: 0, ms: 0, appCpuMs };
      for (const row of rows) {
        use.statements += Number(row.calls);
        use.ms += Number(row.ms);
        const entry = tally.get(row.query) ?? { calls: 0, ms: 0 };
        entry.calls += Number(row.calls);
        entry.ms += Number(row.ms);
        tally.set(row.query, entry);
      }
      return use;
    },
  };
}

type SqlMeter = ReturnType<typeof sqlMeter>;

function printStatements(title: string, tally: StatementTally, actions: number) {
  console.log(`${title}, per action (calls, PostgreSQL ms):`);
  for (const [query, { calls, ms: total }] of [...tally].sort((a, b) => b[1].calls - a[1].calls))
    console.log(
      `  ${(calls / actions).toFixed(1)} × ${(total / calls).toFixed(2)} ms  ${query.replace(/\s+/g, " ").slice(0, 150)}`,
    );
}

async function signIn(browser: import("playwright-core").Browser, baseUrl: string, email: string): Promise<Page> {
  // bypassCSP: the page's Content-Security-Policy may forbid the eval the timing probes use.
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1400, height: 1000 },
    bypassCSP: true,
  });
  const page = await context.newPage();
  await page.goto("/sign-in?callbackUrl=%2Fadmin");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === "/admin");
  await installKeyClock(page);
  return page;
}

// The page-side probes are strings: tsx compiles functions with a helper (__name) that does not exist in the page.

/** Records in the page when each key went down (event.timeStamp, the same clock as performance.now()). */
async function installKeyClock(page: Page): Promise<void> {
  await page.addInitScript(
    `document.addEventListener("keydown", (event) => { window.lastKeyAt = event.timeStamp; }, { capture: true });`,
  );
}

/**
 * Resolves, in the page, at the first frame painted after `ready` holds; returns that time and the key's. Gives up
 * after 30 s with the page's alert, if any, so a refused save stops the run with its reason.
 */
async function paintedWhen(page: Page, ready: string): Promise<{ keyAt: number; paintedAt: number; origin: number }> {
  const painted = page.evaluate<{ keyAt: number; paintedAt: number; origin: number }>(`new Promise((resolve) => {
    const check = () => (${ready});
    const done = () => requestAnimationFrame(() => setTimeout(() =>
      resolve({ keyAt: window.lastKeyAt, paintedAt: performance.now(), origin: performance.timeOrigin })));
    if (check()) return done();
    const observer = new MutationObserver(() => {
      if (!check()) return;
      observer.disconnect();
      done();
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
  })`);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(async () => {
      const alerts = await page
        .getByRole("alert")
        .allInnerTexts()
        .catch(() => []);
      reject(new Error(`Waited 30 s for ${ready}; the page says: ${alerts.filter(Boolean).join(" | ") || "nothing"}`));
    }, 30_000);
  });
  try {
    return await Promise.race([painted, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The server's own time (request sent → first byte of the answer) for the next server action POST whose body
 * contains `marker`, and when that answer began (epoch ms). Other actions (search, role look-up) may be in flight
 * at the same time. An action's answer is a stream that can stay open, so its first byte is what is awaited.
 */
function nextActionTiming(
  page: Page,
  marker: string,
): Promise<{ serverMs: number; answeredAt: number; rerendered: boolean }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      page.off("response", listener);
      reject(new Error(`No server action with ${marker} answered within 30 s.`));
    }, 30_000);
    const listener = (response: Response) => {
      const request = response.request();
      if (request.method() !== "POST" || !request.headers()["next-action"]) return;
      if (!request.postData()?.includes(marker)) return;
      page.off("response", listener);
      clearTimeout(timer);
      const timing = request.timing();
      // Next.js says so when the action revalidated and the answer carries the page rendered again.
      const revalidated = response.headers()["x-action-revalidated"];
      resolve({
        serverMs: timing.responseStart - timing.requestStart,
        answeredAt: timing.startTime + timing.responseStart,
        rerendered: revalidated !== undefined && revalidated !== "0",
      });
    };
    page.on("response", listener);
  });
}

async function markCodeSubmit(
  page: Page,
  task: QuoteTask,
  meter: SqlMeter,
  tally: StatementTally,
): Promise<QuoteFigures> {
  await page.locator("#article-text").focus();
  await page.keyboard.press("/");
  await page.locator("#find-in-text").waitFor();
  await page.keyboard.type(task.find);
  await page.keyboard.press("Enter");
  await page.waitForFunction(`document.activeElement?.id === "article-text"`);

  let keys = 0;
  const press = async (key: string) => {
    keys++;
    await page.keyboard.press(key);
  };
  await press('"');
  const panel = paintedWhen(page, `document.querySelector("[data-testid=quote-panel]") !== null`);
  await press("q");
  const panelPaint = await panel;
  for (const letter of task.speaker) await press(letter);
  await page
    .getByRole("option", { name: new RegExp(`^${task.person}`) })
    .first()
    .waitFor();
  await press("Enter");
  await page.waitForFunction(`document.activeElement?.hasAttribute("data-dimension")`);
  await press("1");
  await press("Tab");
  await press("1");
  const saved = paintedWhen(
    page,
    `!document.querySelector("[data-testid=quote-panel]") && document.querySelector("[data-testid=toast]")?.textContent?.includes("submitted for review")`,
  );
  const action = nextActionTiming(page, '"startOffset"');
  await meter.reset();
  await press("Control+Shift+Enter");
  const savePaint = await saved;
  const server = await action;
  const saveSql = await meter.read(tally);
  await page.getByTestId("quote-panel").waitFor({ state: "detached" });
  return {
    keys,
    panelMs: panelPaint.paintedAt - panelPaint.keyAt,
    saveMs: savePaint.paintedAt - savePaint.keyAt,
    saveServerMs: server.serverMs,
    saveAfterServerMs: savePaint.origin + savePaint.paintedAt - server.answeredAt,
    saveRerendered: server.rerendered,
    saveSql,
  };
}

async function reviewAll(page: Page, annotatorId: string, count: number, meter: SqlMeter, tally: StatementTally) {
  await page.goto(`/admin/review?editor=${annotatorId}`);
  await page.locator("[data-review-item]").first().waitFor();
  // j reaches the queue once the page has hydrated: press it until the first item has focus.
  const focused = `document.activeElement?.matches("[data-review-item]") === true`;
  for (let attempt = 0; ; attempt++) {
    await page.keyboard.press("j");
    const reached = await page.waitForFunction(focused, undefined, { timeout: 500 }).then(
      () => true,
      () => false,
    );
    if (reached) break;
    if (attempt === 40) throw new Error("j never focused a review item.");
  }
  const figures: { nextMs: number; serverMs: number; afterServerMs: number; rerendered: boolean; sql: SqlUse }[] = [];
  for (let index = 0; index < count; index++) {
    const before = await page.evaluate<string | null>(`document.activeElement?.getAttribute("data-id") ?? null`);
    // The approved item is marked done in place and focus moves to the next one in the same step; the last item
    // has no next one, so its mark is what the reviewer sees.
    const shown = paintedWhen(
      page,
      `document.querySelector('[data-review-item][data-id="${before}"]')?.hasAttribute("data-done") && !document.activeElement?.matches("[aria-busy]")`,
    );
    const action = nextActionTiming(page, '"kind":"quote"');
    await meter.reset();
    await page.keyboard.press("a");
    const paint = await shown;
    const server = await action;
    const sql = await meter.read(tally);
    figures.push({
      nextMs: paint.paintedAt - paint.keyAt,
      serverMs: server.serverMs,
      afterServerMs: paint.origin + paint.paintedAt - server.answeredAt,
      rerendered: server.rerendered,
      sql,
    });
  }
  return figures;
}

async function waitForHealth(baseUrl: string, app: ChildProcess) {
  for (let attempt = 0; attempt < 240; attempt++) {
    if (app.exitCode !== null) throw new Error(`next start exited with ${app.exitCode}.`);
    if (
      await fetch(`${baseUrl}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("The app did not become healthy within 60 s.");
}

function describeQuote(q: QuoteFigures): string {
  return `${q.keys} keys · panel ${ms(q.panelMs)} · save ${ms(q.saveMs)} (server ${ms(q.saveServerMs)}, after it ${ms(q.saveAfterServerMs)}; ${describeSql(q.saveSql)})${q.saveRerendered ? " · page rendered again in the answer" : ""}`;
}

const describeSql = (use: SqlUse) =>
  `${use.statements} statements, ${ms(use.ms)} in PostgreSQL, app CPU ${ms(use.appCpuMs)}`;

const startedAt = performance.now();
function progress(step: string): void {
  console.error(`[${((performance.now() - startedAt) / 1000).toFixed(0)} s] ${step}`);
}

const ms = (value: number) => `${Math.round(value)} ms`;

function stats(values: number[], unit = " ms"): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  return `p50 ${Math.round(at(50))}${unit}, p95 ${Math.round(at(95))}${unit}, max ${Math.round(sorted.at(-1) ?? 0)}${unit}`;
}
