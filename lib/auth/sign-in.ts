// Signing in and out from server actions. On success Auth.js sets the cookie and these redirect (by throwing
// Next.js's redirect); a refused password comes back as a form message.
import "server-only";
import { AuthError, CredentialsSignin } from "next-auth";
import { signIn, signOut, signInErrorMessage, oauthProviders } from "@/lib/auth/config";
import { AppError } from "@/lib/errors";

export async function signInWithPassword(input: {
  email: string;
  password: string;
  callbackUrl: string;
}): Promise<{ message: string }> {
  try {
    await signIn("credentials", { email: input.email, password: input.password, redirectTo: input.callbackUrl });
  } catch (error) {
    if (error instanceof CredentialsSignin) return { message: signInErrorMessage(error.code) };
    if (error instanceof AuthError) return { message: "Signing in failed. Try again." };
    throw error; // the redirect after success
  }
  return { message: "" };
}

export async function signInWithProvider(input: { provider: string; callbackUrl: string }): Promise<void> {
  if (!oauthProviders().some((p) => p.id === input.provider))
    throw new AppError("NOT_FOUND", "This sign-in method is not set up.");
  await signIn(input.provider, { redirectTo: input.callbackUrl });
}

export async function signOutAndRedirect(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
