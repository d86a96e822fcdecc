"use server";
// The annotation workspace's server actions: parse, call lib, return data (dataAction in lib/actions.ts).
import { z } from "zod";
import { dataAction, formAction } from "@/lib/actions";
import { submitCoding } from "@/lib/double-coding/mutations";
import { submitCodingSchema } from "@/lib/double-coding/schemas";
import { revalidatePath } from "next/cache";
import { quoteInputSchema, quoteRefSchema } from "@/lib/quotes/schemas";
import { saveQuote } from "@/lib/quotes/save-quote";
import { deleteQuote, restoreQuote } from "@/lib/quotes/mutations";
import { getWorkspaceQuote } from "@/lib/quotes/queries";
import { submitQuote } from "@/lib/review/submit";
import { peopleSearchSchema, personNameSchema } from "@/lib/people/schemas";
import { roleOn, searchPeople } from "@/lib/people/queries";
import { createPerson } from "@/lib/people/create-person";
import { articleBodyCorrectionSchema, updateArticleBody } from "@/lib/articles/update-body";

const idSchema = z.object({ id: z.number().int().positive() });

export const saveQuoteAction = dataAction(quoteInputSchema, (input, user) => saveQuote(user, input));

export const deleteQuoteAction = dataAction(idSchema, (input, user) => deleteQuote(user, input.id));

export const restoreQuoteAction = dataAction(idSchema, async (input, user) => {
  await restoreQuote(user, input.id);
  return getWorkspaceQuote(user, input.id);
});

export const reloadQuoteAction = dataAction(idSchema, (input, user) => getWorkspaceQuote(user, input.id));

export const submitQuoteAction = dataAction(quoteRefSchema, async (input, user) => ({
  version: (await submitQuote(user, input)).version,
}));

export const searchPeopleAction = dataAction(peopleSearchSchema, (input, user) => searchPeople(user, input.q));

export const roleOnAction = dataAction(
  z.object({ personId: z.number().int().positive(), day: z.string() }),
  (input, user) => roleOn(user, input.personId, input.day),
);

export const createPersonAction = dataAction(personNameSchema, (input, user) => createPerson(user, input));

export const updateBodyAction = dataAction(articleBodyCorrectionSchema, (input, user) =>
  updateArticleBody(user, input),
);

export const submitCodingAction = formAction(submitCodingSchema, async (input, user) => {
  const { completed } = await submitCoding(user, input);
  revalidatePath("/admin/articles", "layout");
  return {
    ok: true,
    message: completed ? "Submitted. Both codings are in: they can be compared now." : "Submitted.",
  };
});
