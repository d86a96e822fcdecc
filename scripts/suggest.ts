// `npm run suggest -- --file article.txt --date 2021-09-24 [--outlet NAME] [--json]`
// Prints the suggestions for a plain text article: the same engine, and the same people, roles, codebook and
// approved quotes from the database, as the annotation workspace. Works on DATABASE_URL, or on the embedded
// database when that is unset.
import { parseArgs } from "node:util";
import { z } from "zod";
import { createPrismaClient } from "@/lib/database/client";
import { readArticleFile } from "@/lib/suggest/article-file";
import { findOutletName, loadSuggestContext, outletNames } from "@/lib/suggest/load-context";
import { suggest } from "@/lib/suggest/suggest";
import { withDatabase } from "./lib/database-target";
import { runScript } from "./lib/run-script";

const HELP = `Suggest quotes, speakers, dates and positions for an article.

  npm run suggest -- --file <article.txt> --date <YYYY-MM-DD> [--outlet <name>] [--json]

  --file    the article as a plain text file (UTF-8)
  --date    the article's date: weekday names and "last year" are resolved against it
  --outlet  the outlet as the tracker names it (the speaker of the journalist's own summaries)
  --json    print JSON (one object per suggestion) instead of a readable list`;

class UserFacingError extends Error {
  name = "UserFacingError";
}

const Flags = z.object({
  file: z.string({ message: "give the article's text file" }).min(1),
  date: z.iso.date({ message: "give the article's date as YYYY-MM-DD" }),
  outlet: z.string().min(1).optional(),
  json: z.boolean().default(false),
});

runScript(async () => {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        file: { type: "string" },
        date: { type: "string" },
        outlet: { type: "string" },
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UserFacingError(`${(error as Error).message}\n\n${HELP}`);
  }
  if (values.help) return console.log(HELP);
  const flags = Flags.parse(values);
  const text = readArticleFile(flags.file);

  await withDatabase(async (target) => {
    const client = createPrismaClient(target.url);
    try {
      let outlet: string | null = null;
      if (flags.outlet) {
        outlet = await findOutletName(client, flags.outlet);
        if (!outlet)
          throw new UserFacingError(
            `Unknown outlet "${flags.outlet}". Known outlets: ${(await outletNames(client)).join(", ") || "none"}.`,
          );
      }
      const context = await loadSuggestContext(client);
      const result = suggest({ text, publishedOn: flags.date, outlet }, context);
      if ("message" in result) console.error(result.message);
      if (flags.json)
        return console.log(
          JSON.stringify(
            result.suggestions.map(({ reportedOn, ...rest }) => ({ ...rest, reportedOn })),
            null,
            2,
          ),
        );
      for (const item of result.suggestions) {
        const stances = item.stances
          .map((stance) => `${stance.dimension}=${stance.position}${stance.holder ? ` (${stance.holder})` : ""}`)
          .join(", ");
        console.log(
          `${item.start}–${item.end} [${item.score}] ${item.speaker.name} (${item.speaker.kind}, ${item.speakerCountry ?? "no country"}), ${item.attribution}, ${item.statedOn} ${item.precision}${item.reportedOn ? ", reported on" : ""}`,
        );
        console.log(`  “${item.exact}”${stances ? `\n  ${stances}` : ""}`);
      }
      if (!flags.json) console.log(`${result.suggestions.length} suggestion(s).`);
    } finally {
      await client.$disconnect();
    }
  });
});
