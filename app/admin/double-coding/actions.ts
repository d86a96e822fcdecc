"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions";
import { assignDoubleCoding, setSamplingRate } from "@/lib/double-coding/mutations";
import { assignmentSchema, samplingRateSchema } from "@/lib/double-coding/schemas";

export const setSamplingRateAction = formAction(samplingRateSchema, async (input, user) => {
  const rate = await setSamplingRate(user, input);
  revalidatePath("/admin/double-coding");
  return { ok: true, message: `New articles are now drawn for double coding at ${rate} %.` };
});

export const assignAction = formAction(assignmentSchema, async (input, user) => {
  await assignDoubleCoding(user, input);
  revalidatePath("/admin/double-coding");
  return { ok: true, message: `Article ${input.articleId} is assigned to two coders.` };
});
