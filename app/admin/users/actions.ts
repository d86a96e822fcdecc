"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions";
import { changeUserRole, createUser, setUserActive } from "@/lib/users/mutations";
import { changeRoleSchema, createUserSchema, setActiveSchema } from "@/lib/users/schemas";

export const createUserAction = formAction(createUserSchema, async (input, user) => {
  await createUser(user, input);
  revalidatePath("/admin/users");
  return { ok: true, message: `Created ${input.email}.` };
});

export const changeRoleAction = formAction(changeRoleSchema, async (input, user) => {
  await changeUserRole(user, input);
  revalidatePath("/admin/users");
});

export const setActiveAction = formAction(setActiveSchema, async (input, user) => {
  await setUserActive(user, input);
  revalidatePath("/admin/users");
});
