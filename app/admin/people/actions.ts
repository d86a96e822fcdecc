"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions";
import {
  addPersonAlias,
  removePersonAlias,
  removePersonRole,
  savePersonRole,
  updatePerson,
} from "@/lib/people/save-person";
import { mergePeople } from "@/lib/people/merge-people";
import { submitRevision } from "@/lib/review/revisions";
import { revisionTargetSchema } from "@/lib/revisions/schemas";
import { idField } from "@/lib/form-fields";
import {
  aliasAddSchema,
  aliasRemoveSchema,
  mergePeopleSchema,
  personEditSchema,
  roleRemoveSchema,
  roleSaveSchema,
} from "@/lib/people/schemas";

function refresh(personId: number) {
  revalidatePath(`/admin/people/${personId}`);
  revalidatePath("/admin/people");
}

export const updatePersonAction = formAction(personEditSchema, async (input, user) => {
  await updatePerson(user, input);
  refresh(input.personId);
  return { ok: true, message: "Saved." };
});

export const addAliasAction = formAction(aliasAddSchema, async (input, user) => {
  await addPersonAlias(user, input);
  refresh(input.personId);
  return { ok: true, message: "Alias added." };
});

export const removeAliasAction = formAction(aliasRemoveSchema, async (input, user) => {
  await removePersonAlias(user, input);
  refresh(input.personId);
});

const CORRECTION_SAVED = "Saved in the correction of the roles: a second editor reviews it before the public sees it.";

export const saveRoleAction = formAction(roleSaveSchema, async (input, user) => {
  const saved = await savePersonRole(user, input);
  refresh(input.personId);
  return { ok: true, message: saved.revision ? CORRECTION_SAVED : "Role saved." };
});

export const removeRoleAction = formAction(roleRemoveSchema, async (input, user) => {
  const saved = await removePersonRole(user, input);
  refresh(input.personId);
  if (saved.revision) return { ok: true, message: CORRECTION_SAVED };
});

export const submitRoleCorrectionAction = formAction(
  revisionTargetSchema.extend({ personId: idField() }),
  async ({ personId, ...target }, user) => {
    await submitRevision(user, target);
    refresh(personId);
    revalidatePath("/admin/review");
    return { ok: true, message: "Correction sent for review." };
  },
);

export const mergePeopleAction = formAction(mergePeopleSchema, async (input, user) => {
  await mergePeople(user, input);
  refresh(input.survivorId);
  redirect(`/admin/people/${input.survivorId}`);
});
