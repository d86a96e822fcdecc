"use server";
import { formAction } from "@/lib/actions";
import { oauthSignInSchema, passwordSignInSchema } from "@/lib/auth/schemas";
import { signInWithPassword, signInWithProvider } from "@/lib/auth/sign-in";

export const signInWithPasswordAction = formAction(passwordSignInSchema, async (input) => ({
  ok: false,
  ...(await signInWithPassword(input)),
}));

export const signInWithProviderAction = formAction(oauthSignInSchema, (input) => signInWithProvider(input));
