// Signing in with email and password; a wrong pair is said beside the form (the action's error).
import { ActionForm, buttonClass } from "@/components/action-form";
import { FormField, Input } from "@/components/form-field";
import { signInWithPasswordAction } from "../actions";

export function PasswordForm({ callbackUrl }: { callbackUrl: string }) {
  return (
    <ActionForm
      action={signInWithPasswordAction}
      className="mt-6 space-y-4"
      aria-label="Sign in with email and password"
    >
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormField name="email" label="Email">
        <Input type="email" autoComplete="username" required />
      </FormField>
      <FormField name="password" label="Password">
        <Input type="password" autoComplete="current-password" required />
      </FormField>
      <button type="submit" className={buttonClass}>
        Sign in
      </button>
    </ActionForm>
  );
}
