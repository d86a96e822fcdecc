"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/mutations";
import { createApiTokenSchema, revokeApiTokenSchema } from "@/lib/api-tokens/schemas";

// The new token is in the returned message: the only time it is ever shown.
export const createApiTokenAction = formAction(createApiTokenSchema, async (input, user) => {
  const created = await createApiToken(user, input);
  revalidatePath("/admin/account");
  return {
    ok: true,
    message: `Token "${created.name}" created. Copy it now; it will not be shown again: ${created.token}`,
  };
});

export const revokeApiTokenAction = formAction(revokeApiTokenSchema, async (input, user) => {
  await revokeApiToken(user, input);
  revalidatePath("/admin/account");
  return { ok: true, message: "Token revoked." };
});
