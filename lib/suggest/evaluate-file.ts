// Runs the engine over every article of a gold file and scores it (evaluate.ts). Shared by
// `npm run eval:suggest` and the evaluation test, so both measure the same thing.
import fs from "node:fs";
import path from "node:path";
import { readArticleFile } from "./article-file";
import { compareArticle, emptyCounts, scores, type Counts, type Scores } from "./evaluate";
import { goldFileSchema } from "./gold";
import { suggest } from "./suggest";
import type { SuggestContext } from "./types";

export interface Evaluation {
  counts: Counts;
  scores: Scores;
  articles: number;
}

export function evaluateGoldFile(goldPath: string, context: SuggestContext): Evaluation {
  const gold = goldFileSchema.parse(JSON.parse(fs.readFileSync(goldPath, "utf8")));
  const counts = emptyCounts();
  for (const article of gold.articles) {
    const besideGold = path.resolve(path.dirname(goldPath), article.file);
    const text = readArticleFile(fs.existsSync(besideGold) ? besideGold : path.resolve(article.file));
    const result = suggest({ text, publishedOn: article.publishedOn, outlet: article.outlet }, context);
    compareArticle(text, article.quotes, result.suggestions, counts);
  }
  return { counts, scores: scores(counts), articles: gold.articles.length };
}
