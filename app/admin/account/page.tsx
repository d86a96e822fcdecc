import type { Metadata } from "next";
import { ActionForm, buttonClass } from "@/components/action-form";
import { FormField, Input } from "@/components/form-field";
import { getCurrentUser } from "@/lib/auth/session";
import { getOwnAccount } from "@/lib/users/queries";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { changePasswordAction } from "./actions";
import { can } from "@/lib/auth/permissions";
import { listOwnApiTokens } from "@/lib/api-tokens/queries";
import { ApiTokens } from "./_components/api-tokens";

export const metadata: Metadata = { title: "My account" };

export default async function AccountPage() {
  const user = await getCurrentUser();
  const account = await getOwnAccount(user);
  const tokens = can(user, "apiToken.manage") ? await listOwnApiTokens(user) : null;
  return (
    <main className="max-w-lg">
      <h1 className="text-2xl font-semibold">My account</h1>
      <dl className="mt-4 grid grid-cols-[8rem_1fr] gap-y-2 text-sm">
        <dt className="text-slate-600">Email</dt>
        <dd>{account.email}</dd>
        <dt className="text-slate-600">Name</dt>
        <dd>{account.name ?? "—"}</dd>
        <dt className="text-slate-600">Role</dt>
        <dd data-testid="account-role">{account.role}</dd>
        <dt className="text-slate-600">Signs in with</dt>
        <dd>{account.signInMethods.join(", ") || "—"}</dd>
      </dl>
      {account.hasPassword ? (
        <section aria-labelledby="change-password" className="mt-8">
          <h2 id="change-password" className="text-lg font-semibold">
            Change password
          </h2>
          <p className="text-sm text-slate-600">This signs you out everywhere; sign in again with the new password.</p>
          <ActionForm action={changePasswordAction} className="mt-4 space-y-4" aria-label="Change password">
            <FormField name="currentPassword" label="Current password">
              <Input type="password" autoComplete="current-password" required />
            </FormField>
            <FormField name="newPassword" label={<>New password (at least {PASSWORD_MIN_LENGTH} characters)</>}>
              <Input type="password" autoComplete="new-password" minLength={PASSWORD_MIN_LENGTH} required />
            </FormField>
            <FormField name="confirmPassword" label="New password again">
              <Input type="password" autoComplete="new-password" required />
            </FormField>
            <button type="submit" className={buttonClass}>
              Change password
            </button>
          </ActionForm>
        </section>
      ) : null}
      {tokens ? <ApiTokens tokens={tokens} /> : null}
    </main>
  );
}
