"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/actions";
import { takeCodedQuote } from "@/lib/quotes/curate";
import { curationTakeSchema } from "@/lib/double-coding/schemas";
import { submitForReview } from "@/lib/review/submit";

export const takeAction = formAction(curationTakeSchema, async (input, user) => {
  const quote = await takeCodedQuote(user, input);
  revalidatePath(`/admin/double-coding/${input.codingId}`);
  return { ok: true, message: `Quote ${quote.id} made from this coding: a draft, to edit or submit for review.` };
});

const submitSchema = z.object({
  codingId: z.coerce.number().int().positive(),
  id: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
});

export const submitFinalAction = formAction(submitSchema, async ({ codingId, ...quote }, user) => {
  await submitForReview(user, { kind: "quote", ...quote });
  revalidatePath(`/admin/double-coding/${codingId}`);
  return { ok: true, message: "Sent for review." };
});
