// A fresh article for the workspace's keyboard and link tests: long enough that its last paragraph lies below
// the fold of the text box, with straight and curly quotation marks, sentences ending in "." and a character
// outside the Basic Multilingual Plane (a surrogate pair), so each test works on its own text and quotes.
import crypto from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedArticle } from "@/prisma/seed/articles";
import { seedQuote, type QuoteSeed } from "@/prisma/seed/quotes";

export const FIRST_SENTENCE = "Talks resumed in Panmunjom on Monday.";
export const QUOTED = "We want a declaration first, then a treaty";
export const SECOND_SENTENCE = `"${QUOTED}," said a spokesman in Seoul.`;
export const SURROGATE_WORD = "𠮷野家";
export const SURROGATE_SENTENCE = `The delegation dined at ${SURROGATE_WORD} before leaving.`;
export const LAST_SENTENCE = "The minister said: “Peace will come only with a treaty.” Then he left.";

const FILLER =
  "Diplomats from both sides met again after a pause of several weeks, and observers described the mood as " +
  "cautious but constructive, with no agreement expected before the end of the month.";

export function speedArticleBody(tag: string): string {
  return [
    `Keyboard test article ${tag}`,
    "",
    `${FIRST_SENTENCE} ${SECOND_SENTENCE} ${SURROGATE_SENTENCE}`,
    "",
    ...Array.from({ length: 30 }, (_, index) => `${index + 1}. ${FILLER}\n`),
    LAST_SENTENCE,
  ].join("\n");
}

export async function createSpeedArticle(db: PrismaClient): Promise<{ id: number; body: string }> {
  const body = speedArticleBody(crypto.randomBytes(4).toString("hex"));
  const article = await seedArticle(db, { body, publishedOn: "2021-10-27" });
  return { id: article.id, body };
}

export async function addQuote(db: PrismaClient, seed: QuoteSeed): Promise<number> {
  const quote = await seedQuote(db, seed);
  return quote.id;
}
