// The one input shape of an article, shared by the paste form, file upload, URL fetch and bulk import: each
// source first turns what it has into these fields, then parses them here.
import { z } from "zod";
import { normalizeBody } from "@/lib/articles/body";

/** Form fields arrive as "" when left empty; treat that as absent. */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const optionalText = (max: number) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, `Use at most ${max} characters`).optional());

// 200,000 characters is several times the longest news article in the corpus and keeps hashing, storing and
// the annotation workspace's offset work cheap; anything longer is almost certainly not one article.
export const BODY_MAX_LENGTH = 200_000;

export const articleBodySchema = z
  .string({ error: "Paste the article's text, upload a file or fetch it from its URL" })
  .transform(normalizeBody)
  .pipe(
    z
      .string()
      .min(1, "Paste the article's text, upload a file or fetch it from its URL")
      .max(BODY_MAX_LENGTH, `The text is longer than ${BODY_MAX_LENGTH.toLocaleString("en")} characters`),
  );

export const articleUrlSchema = z
  .url({ protocol: /^https?$/, error: "Enter a web address starting with http:// or https://" })
  .max(2000);

export const articleInputSchema = z.object({
  title: z.preprocess(
    blankToUndefined,
    z.string({ error: "Give the article a title" }).trim().min(1).max(300, "Use at most 300 characters"),
  ),
  body: articleBodySchema,
  /** An outlet's name: an existing one is picked by name, a new name creates the outlet. */
  outlet: optionalText(200),
  author: optionalText(200),
  publishedOn: z.iso.date("Enter the date as YYYY-MM-DD"),
  url: z.preprocess(blankToUndefined, articleUrlSchema.optional()),
  // A BCP 47 tag such as "en", "ko" or "zh-Hans": a primary language subtag and optional subtags.
  language: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, "Use a language tag such as en, ko or zh-Hans")
      .default("en"),
  ),
});

export type ArticleInput = z.output<typeof articleInputSchema>;
export type ArticleFields = z.input<typeof articleInputSchema>;

/** The metadata fields the import forms keep when they show the form again (everything but the body). */
export const ARTICLE_FIELD_NAMES = ["title", "outlet", "author", "publishedOn", "url", "language"] as const;
