// The gold file's shape: articles (a text file, its date and outlet) and their coded statements. Used by
// `npm run eval:suggest` and the evaluation test; tests/fixtures/suggest/demo-gold.json is one.
import { z } from "zod";

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");

export const goldStanceSchema = z.object({
  dimension: z.string().min(1),
  position: z.string().min(1),
  holder: z.string().nullable(),
  strength: z.enum(["explicit", "implied"]).default("explicit"),
});

export const goldQuoteSchema = z.object({
  exact: z.string().min(1),
  /** Which occurrence of `exact` in the text, 0-based, when it occurs more than once. */
  occurrence: z.number().int().min(0).default(0),
  speaker: z.object({ name: z.string().min(1), kind: z.enum(["person", "organization", "outlet", "unnamed"]) }),
  speakerCountry: z.string().nullable(),
  attribution: z.enum(["on_record", "official_statement", "anonymous_source", "reported", "analyst"]),
  statedOn: IsoDate,
  precision: z.enum(["day", "month", "year"]),
  reportedOn: z.boolean().default(false),
  stances: z.array(goldStanceSchema).default([]),
  note: z.string().optional(),
});

export const goldArticleSchema = z.object({
  /** The article's plain text file, relative to the gold file's folder or the working directory. */
  file: z.string().min(1),
  publishedOn: IsoDate,
  outlet: z.string().nullable(),
  quotes: z.array(goldQuoteSchema),
});

export const goldFileSchema = z.object({ about: z.string().optional(), articles: z.array(goldArticleSchema).min(1) });

export type GoldQuote = z.infer<typeof goldQuoteSchema>;
export type GoldArticle = z.infer<typeof goldArticleSchema>;
export type GoldFile = z.infer<typeof goldFileSchema>;
