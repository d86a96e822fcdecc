// The form that adds a user with a role and an initial password.
import { ActionForm, buttonClass } from "@/components/action-form";
import { FormField, Input, Select } from "@/components/form-field";
import { ROLES } from "@/lib/users/schemas";
import { createUserAction } from "../actions";

export function NewUserForm() {
  return (
    <section aria-labelledby="new-user" className="mt-10 max-w-md">
      <h2 id="new-user" className="text-lg font-semibold">
        Add a user
      </h2>
      <ActionForm action={createUserAction} className="mt-3 space-y-3" aria-label="Add a user">
        <FormField name="email" label="Email">
          <Input type="email" required />
        </FormField>
        <FormField name="name" label="Name">
          <Input />
        </FormField>
        <FormField name="role" label="Role">
          <Select defaultValue="researcher">
            {ROLES.map((role) => (
              <option key={role}>{role}</option>
            ))}
          </Select>
        </FormField>
        <FormField name="password" label="Initial password (share it privately; they can change it under My account)">
          <Input type="password" autoComplete="new-password" required />
        </FormField>
        <button type="submit" className={buttonClass}>
          Add user
        </button>
      </ActionForm>
    </section>
  );
}
