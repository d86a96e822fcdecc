// The person's other spellings: each removable, and a form to add one with its language tag.
import { ActionForm, buttonClass } from "@/components/action-form";
import { FormField, Input } from "@/components/form-field";
import type { AdminPerson } from "@/lib/people/queries";
import { addAliasAction, removeAliasAction } from "../../actions";

export function AliasesSection({ person }: { person: AdminPerson }) {
  const version = <input type="hidden" name="version" value={person.version} />;
  const personId = <input type="hidden" name="personId" value={person.id} />;
  return (
    <section aria-labelledby="aliases">
      <h2 id="aliases" className="text-lg font-semibold">
        Aliases
      </h2>
      <ul className="mt-2 space-y-1 text-sm">
        {person.aliases.map((alias) => (
          <li key={alias.id} className="flex items-center gap-3">
            <span>
              {alias.name} {alias.language ? <span className="text-slate-600">({alias.language})</span> : null}
            </span>
            <ActionForm action={removeAliasAction} className="inline">
              {personId}
              {version}
              <input type="hidden" name="aliasId" value={alias.id} />
              <button type="submit" className="underline" aria-label={`Remove alias ${alias.name}`}>
                Remove
              </button>
            </ActionForm>
          </li>
        ))}
        {person.aliases.length === 0 ? <li className="text-slate-600">None.</li> : null}
      </ul>
      <ActionForm action={addAliasAction} className="mt-3 flex flex-wrap items-end gap-3" aria-label="Add an alias">
        {personId}
        {version}
        <FormField name="name" label="Alias">
          <Input required />
        </FormField>
        <FormField name="language" label="Language tag (ko, zh-Hans, en)">
          <Input />
        </FormField>
        <button type="submit" className={buttonClass}>
          Add alias
        </button>
      </ActionForm>
    </section>
  );
}
