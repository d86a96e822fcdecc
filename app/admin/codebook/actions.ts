"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions";
import {
  createDimension,
  createPosition,
  moveCodebookEntry,
  setCodebookRetired,
  updateDimension,
  updatePosition,
} from "@/lib/codebook/mutations";
import {
  codebookMoveSchema,
  codebookRetireSchema,
  dimensionCreateSchema,
  dimensionUpdateSchema,
  positionCreateSchema,
  positionUpdateSchema,
} from "@/lib/codebook/schemas";

const refresh = () => revalidatePath("/admin/codebook");

export const createDimensionAction = formAction(dimensionCreateSchema, async (input, user) => {
  await createDimension(user, input);
  refresh();
  return { ok: true, message: `Added dimension ${input.key}.` };
});

export const createPositionAction = formAction(positionCreateSchema, async (input, user) => {
  await createPosition(user, input);
  refresh();
  return { ok: true, message: `Added position ${input.key}.` };
});

export const updateDimensionAction = formAction(dimensionUpdateSchema, async (input, user) => {
  await updateDimension(user, input);
  refresh();
  return { ok: true, message: "Saved." };
});

export const updatePositionAction = formAction(positionUpdateSchema, async (input, user) => {
  await updatePosition(user, input);
  refresh();
  return { ok: true, message: "Saved." };
});

export const moveAction = formAction(codebookMoveSchema, async (input, user) => {
  await moveCodebookEntry(user, input);
  refresh();
});

export const retireAction = formAction(codebookRetireSchema, async (input, user) => {
  await setCodebookRetired(user, input);
  refresh();
});
