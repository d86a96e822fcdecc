"use server";
import { formAction } from "@/lib/actions";
import { OAuthSignInSchema, PasswordSignInSchema } from "@/lib/auth/schemas";
import { signInWithPassword, signInWithProvider } from "@/lib/auth/sign-in";

export const signInWithPasswordAction = formAction(PasswordSignInSchema, async (input) => ({
  ok: false,
  ...(await signInWithPassword(input)),
}));

export const signInWithProviderAction = formAction(OAuthSignInSchema, (input) => signInWithProvider(input));
