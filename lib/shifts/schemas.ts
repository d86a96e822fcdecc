// Input shapes of an editor's decision on a possible shift (lib/shifts/decide.ts): confirm it as a new country
// stance record, or dismiss it with a reason. Pure zod: the admin forms validate with them too.
import { z } from "zod";
import { idField } from "@/lib/form-fields";
import { isoDaySchema } from "@/lib/dates";

export const confirmShiftSchema = z.object({
  shiftId: idField(),
  positionId: idField("Choose the position the country holds now."),
  /** The day the new position applies from: by default the statement's date. */
  validFrom: isoDaySchema,
  summary: z
    .string()
    .trim()
    .min(1, "Summarize the new position in a sentence or two.")
    .max(4_000, "Keep the summary under 4,000 characters."),
});
export type ConfirmShiftInput = z.input<typeof confirmShiftSchema>;

export const dismissShiftSchema = z.object({
  shiftId: idField(),
  reason: z
    .string()
    .trim()
    .min(3, "Say why this is not a shift (for example: the statement restates an old position).")
    .max(1_000, "Keep the reason under 1,000 characters."),
});
export type DismissShiftInput = z.input<typeof dismissShiftSchema>;
