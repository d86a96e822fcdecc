"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions";
import { confirmShift, dismissShift } from "@/lib/shifts/decide";
import { confirmShiftSchema, dismissShiftSchema } from "@/lib/shifts/schemas";

export const confirmShiftAction = formAction(confirmShiftSchema, async (input, user) => {
  const { recordId } = await confirmShift(user, input);
  revalidatePath("/admin/shifts");
  revalidatePath("/admin/review");
  return { ok: true, message: `Confirmed: record ${recordId} is waiting for a second editor's review.` };
});

export const dismissShiftAction = formAction(dismissShiftSchema, async (input, user) => {
  await dismissShift(user, input);
  revalidatePath("/admin/shifts");
  return { ok: true, message: "Dismissed." };
});
