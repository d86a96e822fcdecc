import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { oauthProviders } from "@/lib/auth/config";
import { callbackUrlSchema } from "@/lib/auth/schemas";
import { PasswordForm } from "./_components/password-form";
import { ProviderButtons } from "./_components/provider-buttons";

export const metadata: Metadata = { title: "Sign in" };

// Auth.js sends OAuth refusals back here as ?error=…
const OAUTH_ERRORS: Record<string, string> = {
  AccessDenied: "That account may not sign in here. Ask an admin to create your user with the same verified email.",
  OAuthAccountNotLinked: "That email belongs to an account that signs in another way.",
};

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = callbackUrlSchema.parse(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const oauthError =
    params.error && params.error !== "CredentialsSignin"
      ? (OAUTH_ERRORS[params.error] ?? "Signing in failed. Try again.")
      : null;

  return (
    <main className="mx-auto max-w-sm px-4 py-16">
      <h1 className="text-2xl font-semibold">Sign in</h1>
      <p className="mt-1 text-sm text-slate-600">
        For editors, researchers and admins. The public site needs no account.
      </p>
      {params.changed ? (
        <p role="status" className="mt-4 text-sm text-green-800">
          Your password was changed. Sign in with the new one.
        </p>
      ) : null}
      {oauthError ? (
        <p role="alert" className="mt-4 text-sm text-red-700">
          {oauthError}
        </p>
      ) : null}
      <PasswordForm callbackUrl={callbackUrl} />
      <ProviderButtons providers={oauthProviders()} callbackUrl={callbackUrl} />
    </main>
  );
}
