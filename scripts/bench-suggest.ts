// `npm run bench:suggest`: times the suggestion engine on a 20,000-character article (the five demo articles
// run together and cut there) with the context read from the database, and prints p50/p95 over 30 runs after
// 3 warm-up runs. Target (#17): under 300 ms on a 2-core machine.
import fs from "node:fs";
import path from "node:path";
import { createPrismaClient } from "@/lib/database/client";
import { loadSuggestContext } from "@/lib/suggest/load-context";
import { suggest } from "@/lib/suggest/suggest";
import { withDatabase } from "./lib/database-target";
import { runScript } from "./lib/run-script";

const LENGTH = 20_000;
const RUNS = 30;

runScript(async () => {
  const corpus = path.resolve("prisma/seed/corpus");
  const texts = fs
    .readdirSync(corpus)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => fs.readFileSync(path.join(corpus, file), "utf8"));
  let text = texts.join("\n\n");
  while (text.length < LENGTH) text += `\n\n${texts.join("\n\n")}`;
  text = text.slice(0, text.lastIndexOf("\n", LENGTH));

  await withDatabase(async (target) => {
    const client = createPrismaClient(target.url);
    try {
      const context = await loadSuggestContext(client);
      const article = { text, publishedOn: "2021-11-01", outlet: "The Hankyoreh" };
      let count = 0;
      for (let run = 0; run < 3; run++) count = suggest(article, context).suggestions.length;
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const started = performance.now();
        suggest(article, context);
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      const at = (share: number) => times[Math.min(times.length - 1, Math.floor(share * times.length))].toFixed(1);
      console.log(
        `${text.length} characters, ${count} suggestions, ${context.people.length} people, ${context.approvedQuotes.length} approved quotes`,
      );
      console.log(`suggest(): p50 ${at(0.5)} ms, p95 ${at(0.95)} ms over ${RUNS} runs (target < 300 ms)`);
    } finally {
      await client.$disconnect();
    }
  });
});
