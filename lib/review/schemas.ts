// Input shapes of review: which record at which version (optimistic locking: the version the reviewer saw),
// a return's comment, a whole article's bulk approval, and the review queue's filters.
import { z } from "zod";

export const REVIEW_KINDS = ["quote", "countryStance"] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

const id = z.coerce.number().int().positive();

/** An admin's reason for approving work they contributed to; recorded in the audit event. Blank means none. */
const overrideReason = z.string().trim().max(500, "Use at most 500 characters").optional();

export const reviewTargetSchema = z.object({
  kind: z.enum(REVIEW_KINDS),
  id,
  /** The version the user saw; the write fails with CONFLICT when the record has moved on since. */
  version: id,
  overrideReason,
});
export type ReviewTarget = z.output<typeof reviewTargetSchema>;

export const returnSchema = reviewTargetSchema.extend({
  comment: z.string().trim().min(1, "Say what the author should change").max(2000, "Use at most 2,000 characters"),
});
export type ReturnInput = z.input<typeof returnSchema>;

// "12:3,14:1" — quote id and the version the reviewer saw, as a form's hidden field carries them.
const quoteVersionsSchema = z
  .string()
  .regex(/^\d+:\d+(,\d+:\d+)*$/, "No quotes to approve")
  .transform((value) =>
    value
      .split(",")
      .map((pair) => pair.split(":").map(Number))
      .map(([quoteId, version]) => ({ id: quoteId, version })),
  );

export const bulkApproveSchema = z.object({
  articleId: id,
  quotes: z.union([quoteVersionsSchema, z.array(z.object({ id, version: id })).min(1)]),
});
export type BulkApproveInput = z.input<typeof bulkApproveSchema>;

export const articleVersionSchema = z.object({ articleId: id, version: id, overrideReason });
export type ArticleVersion = z.output<typeof articleVersionSchema>;

const blankToUndefined = (value: unknown) => (value === "" ? undefined : value);

export const reviewQueueFilterSchema = z.object({
  /** "waiting": in review, oldest first; "returned": returned to the signed-in author, with the comment. */
  view: z.preprocess(blankToUndefined, z.enum(["waiting", "returned"]).default("waiting")),
  article: z.preprocess(blankToUndefined, id.optional()),
  /** The author's user id. */
  editor: z.preprocess(blankToUndefined, z.string().max(100).optional()),
  /** A country code: the speaker's or a stance holder's country for quotes, the record's country for country stances. */
  country: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^[A-Z]{2,8}$/)
      .optional(),
  ),
  /** "new": work never published (the queue's items); "revision": corrections of published records. */
  revision: z.preprocess(blankToUndefined, z.enum(["new", "revision"]).optional()),
  cursor: z.preprocess(blankToUndefined, z.string().max(100).optional()),
});
export type ReviewQueueFilter = z.output<typeof reviewQueueFilterSchema>;

/** Taking a published record down at once (lib/review/takedowns.ts), and a second editor's decision on it. */
export const takedownSchema = z.object({
  entityType: z.enum(["Quote", "CountryStance", "Article"]),
  entityId: z.coerce.number().int().positive(),
  reason: z.string().trim().min(1, "Say why it must come down now").max(2000, "Use at most 2,000 characters"),
});
export type TakedownInput = z.input<typeof takedownSchema>;

export const takedownDecisionSchema = z.object({
  takedownId: z.coerce.number().int().positive(),
  decision: z.enum(["confirmed", "reversed"]),
});
export type TakedownDecisionInput = z.input<typeof takedownDecisionSchema>;
