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

export const saveRoleAction = formAction(roleSaveSchema, async (input, user) => {
  await savePersonRole(user, input);
  refresh(input.personId);
  return { ok: true, message: "Role saved." };
});

export const removeRoleAction = formAction(roleRemoveSchema, async (input, user) => {
  await removePersonRole(user, input);
  refresh(input.personId);
});

export const mergePeopleAction = formAction(mergePeopleSchema, async (input, user) => {
  await mergePeople(user, input);
  refresh(input.survivorId);
  redirect(`/admin/people/${input.survivorId}`);
});
