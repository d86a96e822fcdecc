"use server";
import { revalidatePath } from "next/cache";
import { dataAction, formAction } from "@/lib/actions";
import { checkCountryStance } from "@/lib/country-stances/checks";
import { searchEvidenceQuotes } from "@/lib/country-stances/queries";
import { saveCountryStance } from "@/lib/country-stances/save-country-stance";
import {
  countryStanceCheckSchema,
  countryStanceInputSchema,
  evidenceSearchSchema,
} from "@/lib/country-stances/schemas";
import { submitForReview } from "@/lib/review/submit";
import { reviewTargetSchema } from "@/lib/review/schemas";

export const saveCountryStanceAction = dataAction(countryStanceInputSchema, async (input, user) => {
  const saved = await saveCountryStance(user, input);
  revalidatePath("/admin/country-stances");
  revalidatePath(`/admin/country-stances/${saved.id}`);
  return saved;
});

export const checkCountryStanceAction = dataAction(countryStanceCheckSchema, (input, user) =>
  checkCountryStance(user, input),
);

export const searchEvidenceAction = dataAction(evidenceSearchSchema, (input, user) =>
  searchEvidenceQuotes(user, input),
);

export const submitCountryStanceAction = formAction(reviewTargetSchema, async (input, user) => {
  await submitForReview(user, input);
  revalidatePath(`/admin/country-stances/${input.id}`);
  revalidatePath("/admin/review");
  return { ok: true, message: "Sent for review." };
});
