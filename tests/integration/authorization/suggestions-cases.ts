// Suggestions in the annotation workspace (#17): reading them, accepting one as a draft quote, rejecting one.
import { db } from "@/lib/db";
import { acceptSuggestion, getArticleSuggestions, rejectSuggestion } from "@/lib/suggest/workspace";
import { getSuggestionUse } from "@/lib/suggest/usage";
import { live, type Actor, type Case, type Target } from "./case";

const QUOTE = "“Moscow supports an end-of-war declaration as soon as possible,”";
/** The records' article, with an official statement the engine suggests (the test database has no codebook). */
async function withSuggestion(actor: Actor): Promise<Target> {
  const target = await live(actor);
  const article = await db.article.findUniqueOrThrow({ where: { id: target.articleId }, select: { body: true } });
  await db.article.update({
    where: { id: target.articleId },
    data: { body: `${article.body}\n\n${QUOTE} the Russian Foreign Ministry said on Tuesday.` },
  });
  return target;
}

async function suggestionOf(target: Target) {
  const body = (await db.article.findUniqueOrThrow({ where: { id: target.articleId }, select: { body: true } })).body;
  const startOffset = body.indexOf(QUOTE) + 1;
  return { articleId: target.articleId, startOffset, endOffset: startOffset + QUOTE.length - 3 };
}

export const SUGGESTION_CASES: Case[] = [
  { action: "quote.edit", fn: "getSuggestionUse", run: (a) => getSuggestionUse(a) },
  {
    action: "quote.edit",
    fn: "getArticleSuggestions",
    prepare: withSuggestion,
    run: (a, t) => getArticleSuggestions(a, t.articleId),
  },
  {
    action: "quote.edit",
    fn: "acceptSuggestion",
    prepare: withSuggestion,
    run: async (a, t) => acceptSuggestion(a, await suggestionOf(t)),
  },
  {
    action: "quote.edit",
    fn: "rejectSuggestion",
    prepare: withSuggestion,
    run: async (a, t) => rejectSuggestion(a, await suggestionOf(t)),
  },
];
