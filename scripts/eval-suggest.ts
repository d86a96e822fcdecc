// `npm run eval:suggest -- --gold tests/fixtures/suggest/demo-gold.json [--misses]`
// Scores the suggestion engine against a gold coding: span precision, recall and F1 (a match overlaps by at
// least half of the longer span, as Citron counts), and on matched statements the accuracy of speaker, speaker
// country, attribution and date, and per dimension position precision and recall. The engine reads people,
// roles and approved quotes from the database (DATABASE_URL, or the embedded one); an article's own approved
// quotes never vote on it.
import { parseArgs } from "node:util";
import { z } from "zod";
import { createPrismaClient } from "@/lib/database/client";
import { evaluateGoldFile } from "@/lib/suggest/evaluate-file";
import { loadSuggestContext } from "@/lib/suggest/load-context";
import { withDatabase } from "./lib/database-target";
import { runScript } from "./lib/run-script";

const Flags = z.object({
  gold: z.string({ message: "give the gold file (--gold FILE)" }).min(1),
  misses: z.boolean().default(false),
});
const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

runScript(async () => {
  const { values } = parseArgs({ options: { gold: { type: "string" }, misses: { type: "boolean" } }, strict: true });
  const flags = Flags.parse(values);
  await withDatabase(async (target) => {
    const client = createPrismaClient(target.url);
    try {
      const { counts, scores, articles } = evaluateGoldFile(flags.gold, await loadSuggestContext(client));
      console.log(
        `${articles} articles, ${counts.gold} gold statements, ${counts.suggested} suggestions, ${counts.matched} matched`,
      );
      console.log(
        `span        precision ${percent(scores.span.precision)}  recall ${percent(scores.span.recall)}  F1 ${percent(scores.span.f1)}`,
      );
      console.log(
        `on matched  speaker ${percent(scores.speakerAccuracy)}  speaker country ${percent(scores.speakerCountryAccuracy)}  attribution ${percent(scores.attributionAccuracy)}  date ${percent(scores.dateAccuracy)}`,
      );
      for (const [dimension, score] of Object.entries(scores.positions)) {
        console.log(
          `positions   ${dimension.padEnd(12)} precision ${percent(score.precision)}  recall ${percent(score.recall)}`,
        );
      }
      console.log(`positions   top-1 accuracy ${percent(scores.positionTop1Accuracy)}`);
      if (flags.misses)
        for (const miss of counts.misses)
          console.log(`  ${miss.field}: gold ${miss.gold}, suggested ${miss.suggested} — “${miss.exact}”`);
    } finally {
      await client.$disconnect();
    }
  });
});
