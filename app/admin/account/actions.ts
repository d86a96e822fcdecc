"use server";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions";
import { changeOwnPassword } from "@/lib/users/mutations";
import { changePasswordSchema } from "@/lib/users/schemas";

// Changing the password ends every session, this one included: sign in again with the new password.
export const changePasswordAction = formAction(changePasswordSchema, async (input, user) => {
  await changeOwnPassword(user, input);
  redirect("/sign-in?changed=1");
});
