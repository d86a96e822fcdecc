// Input shapes of revisions (corrections of published records): which revision at which version (the reviewer's
// optimistic lock), a return's comment, an approval's override reason and its decisions on re-anchored quotes.
import { z } from "zod";

const id = z.coerce.number().int().positive();

export const revisionTargetSchema = z.object({
  revisionId: id,
  /** The revision's version the user saw: CONFLICT, with the newer diff, when someone edited it since. */
  version: id,
});
export type RevisionTarget = z.output<typeof revisionTargetSchema>;

/** A reviewer's decision on a quote that a body correction could only match approximately, or not at all. */
export const ANCHOR_DECISIONS = ["accept", "orphan", "delete"] as const;
export type AnchorDecision = (typeof ANCHOR_DECISIONS)[number];

export const approveRevisionSchema = revisionTargetSchema.extend({
  /** An admin's reason for approving a revision they contributed to (an audited override). */
  overrideReason: z.string().trim().max(500, "Use at most 500 characters").optional(),
  /**
   * Body corrections: per quote id, what to do with a fuzzy match ("accept" its new text, or "orphan" it) or an
   * orphan ("orphan": it leaves the public pages until re-selected; "delete"). Form fields `decision-<quoteId>`
   * arrive here through `decisionsFromForm`.
   */
  decisions: z.record(z.string().regex(/^\d+$/), z.enum(ANCHOR_DECISIONS)).default({}),
});
export type ApproveRevisionInput = z.input<typeof approveRevisionSchema>;

export const returnRevisionSchema = revisionTargetSchema.extend({
  comment: z.string().trim().min(1, "Say what the editors should change").max(2000, "Use at most 2,000 characters"),
});
export type ReturnRevisionInput = z.input<typeof returnRevisionSchema>;

/** A form's `decision-12=accept` fields as the `decisions` record. */
export function decisionsFromForm(form: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(form)
      .filter(([key, value]) => key.startsWith("decision-") && typeof value === "string" && value !== "")
      .map(([key, value]) => [key.slice("decision-".length), value as string]),
  );
}

/** The approval form: its `decision-<quoteId>` radio groups gathered into `decisions`. */
export const approveRevisionFormSchema = z.preprocess(
  (raw) =>
    raw && typeof raw === "object" ? { ...raw, decisions: decisionsFromForm(raw as Record<string, unknown>) } : raw,
  approveRevisionSchema,
);
