// npm run bench (the workspace part) — seeds a 100,000-character article with 500 quotes into the database at
// DATABASE_URL, times the annotation workspace's server query, and, given `--base-url` of the app serving that
// database, measures in Chromium the time until the page answers keys and the time from a selection to the open
// quote panel. Prints the figures; the bar is under a second to open and an instant (<100 ms) panel.
//   DATABASE_URL=postgresql://… tsx --conditions=react-server scripts/bench-workspace.ts [--base-url http://127.0.0.1:3000]
import crypto from "node:crypto";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { z } from "zod";
import { env } from "@/lib/env";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { describeSpan } from "@/lib/anchoring/text-span";
import { getAnnotationWorkspace } from "@/lib/quotes/queries";
import { seedArticle } from "@/prisma/seed/articles";
import { seedCodebook } from "@/prisma/seed/codebook";
import { seedCountries } from "@/prisma/seed/countries";
import { DEMO_COUNTRIES } from "@/prisma/seed/demo/countries";
import { readDemoArticles } from "@/prisma/seed/demo/articles";
import { runScript } from "./lib/run-script";

const BODY_LENGTH = 100_000;
const QUOTES = 500;
const RUNS = 5;

const args = z
  .object({ "base-url": z.url().optional() })
  .parse(parseArgs({ options: { "base-url": { type: "string" } } }).values);

runScript(async () => {
  if (!env().DATABASE_URL)
    throw Object.assign(new Error("Set DATABASE_URL to the database to benchmark."), { name: "UserFacingError" });
  const { articleId, user, password } = await seed();
  const query: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const workspace = await getAnnotationWorkspace(user, articleId);
    query.push(performance.now() - started);
    if (workspace.quotes.length !== QUOTES)
      throw new Error(`Expected ${QUOTES} quotes, read ${workspace.quotes.length}.`);
  }
  console.log(`Article ${articleId}: ${BODY_LENGTH.toLocaleString("en")} characters, ${QUOTES} quotes`);
  console.log(`server query getAnnotationWorkspace: ${summary(query)}`);
  if (args["base-url"]) await measureBrowser(args["base-url"], articleId, user.email, password);
  else console.log("browser: skipped (pass --base-url of the app serving this database)");
  await db.$disconnect();
});

async function seed() {
  await seedCodebook(db);
  await seedCountries(db, DEMO_COUNTRIES);
  const paragraphs = readDemoArticles().flatMap((article) =>
    article.body
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line.length > 80),
  );
  let body = `Benchmark article ${crypto.randomUUID()}\n`;
  for (let index = 0; body.length < BODY_LENGTH; index++)
    body += `${index}. ${paragraphs[index % paragraphs.length]}\n`;
  body = body.slice(0, BODY_LENGTH);
  const article = await seedArticle(db, {
    body,
    publishedOn: "2021-12-03",
    title: "Benchmark: 100,000 characters, 500 quotes",
  });
  const country = await db.country.findFirstOrThrow({ where: { code: "KR" } });
  const position = await db.position.findFirstOrThrow({ where: { dimension: { key: "instrument" } } });
  const step = Math.floor(BODY_LENGTH / QUOTES);
  const quotes = Array.from({ length: QUOTES }, (_, index) => {
    // Every tenth quote overlaps the next one, so overlapping segments are part of the measurement.
    const start = index * step + 5;
    const anchor = describeSpan(body, start, start + (index % 10 === 0 ? step + 40 : 120));
    return { ...anchor, index };
  });
  const statements = await db.statement.createManyAndReturn({ data: quotes.map(() => ({})), select: { id: true } });
  await db.quote.createMany({
    data: quotes.map((quote) => ({
      statementId: statements[quote.index].id,
      speakerKind: "outlet" as const,
      articleId: article.id,
      startOffset: quote.start,
      endOffset: quote.end,
      text: quote.text,
      prefix: quote.prefix,
      suffix: quote.suffix,
      speakerLabel: "Benchmark speaker",
      speakerCountryId: country.id,
      attribution: "reported" as const,
      statedOn: new Date("2021-12-03"),
      status: (["draft", "in_review", "returned", "published"] as const)[quote.index % 4],
    })),
  });
  const ids = await db.quote.findMany({ where: { articleId: article.id }, select: { id: true } });
  await db.stance.createMany({
    data: ids.map(({ id }) => ({
      quoteId: id,
      dimensionId: position.dimensionId,
      positionId: position.id,
      holderCountryId: country.id,
    })),
  });
  const password = crypto.randomBytes(12).toString("base64url");
  const user = await db.user.create({
    data: {
      email: `bench-${crypto.randomBytes(4).toString("hex")}@example.org`,
      role: "editor",
      passwordHash: await hashPassword(password),
    },
    select: { id: true, email: true, name: true, role: true },
  });
  return { articleId: article.id, user, password };
}

async function measureBrowser(baseUrl: string, articleId: number, email: string, password: string) {
  const browser = await chromium.launch({
    executablePath: env().CHROMIUM_PATH,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await (
      await browser.newContext({ baseURL: baseUrl, viewport: { width: 1400, height: 1000 } })
    ).newPage();
    await page.goto("/sign-in");
    await page.getByLabel("Email", { exact: true }).fill(email);
    await page.getByLabel("Password", { exact: true }).fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/admin/);
    const open: number[] = [];
    const panel: number[] = [];
    const select: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = Date.now();
      await page.goto(`/admin/articles/${articleId}/annotate`, { waitUntil: "commit" });
      // Interactive = the text answers a key: "/" opens the find box once React has hydrated.
      await page.locator("#article-text[data-ready]").waitFor();
      for (;;) {
        await page.locator("#article-text").focus();
        await page.keyboard.press("/");
        if (await page.locator("#find-in-text").isVisible()) break;
        await page.waitForTimeout(10);
      }
      open.push(Date.now() - started);
      await page.keyboard.press("Escape");
      await page.evaluate(() => {
        const marks = ((window as unknown as { benchMarks: Record<string, number> }).benchMarks = {} as Record<
          string,
          number
        >);
        document.addEventListener("keydown", (event) => (marks[event.key] = performance.now()), { capture: true });
        const status = document.querySelector("[data-testid=selection-status]");
        if (!status) throw new Error("The workspace has no selection status line.");
        new MutationObserver(() => requestAnimationFrame(() => (marks.selected = performance.now()))).observe(status, {
          childList: true,
          subtree: true,
          characterData: true,
        });
        new MutationObserver(() => {
          if (!marks.panel && document.querySelector("[data-testid=quote-panel]"))
            requestAnimationFrame(() => (marks.panel = performance.now()));
        }).observe(document.body, { childList: true, subtree: true });
      });
      await page.keyboard.press("ArrowDown");
      await page.waitForTimeout(100);
      await page.evaluate(
        () => delete (window as unknown as { benchMarks: Record<string, number> }).benchMarks.selected,
      );
      await page.keyboard.press("Shift+ArrowRight");
      await page.waitForFunction(
        () => (window as unknown as { benchMarks: Record<string, number> }).benchMarks.selected,
      );
      await page.keyboard.press("q");
      await page.locator("[data-testid=quote-panel]").waitFor();
      const marks = await page.waitForFunction(() => {
        const m = (window as unknown as { benchMarks: Record<string, number> }).benchMarks;
        return m.panel ? m : null;
      });
      const m = (await marks.jsonValue()) as Record<string, number>;
      select.push(m.selected - m.ArrowRight);
      panel.push(m.panel - m.q);
    }
    console.log(`browser: page load to interactive: ${summary(open)}`);
    console.log(`browser: key press to selection shown (Shift+→): ${summary(select)}`);
    console.log(`browser: q to quote panel painted: ${summary(panel)}`);
  } finally {
    await browser.close();
  }
}

function summary(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  return `median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms (min ${sorted[0].toFixed(1)}, max ${sorted[sorted.length - 1].toFixed(1)}, ${values.length} runs)`;
}
