// Merging a duplicate into this person: a GET form picks the duplicate by id (the address then shows it), and a
// confirmation names what moves before anything is written.
import { ActionForm, FieldError, buttonClass } from "@/components/action-form";
import { FormField, Input } from "@/components/form-field";
import type { AdminPerson } from "@/lib/people/queries";
import { mergePeopleAction } from "../../actions";

export function MergeSection({
  person,
  mergeId,
  other,
}: {
  person: AdminPerson;
  mergeId: number | null;
  other: AdminPerson | null;
}) {
  return (
    <section aria-labelledby="merge" className="max-w-xl">
      <h2 id="merge" className="text-lg font-semibold">
        Merge a duplicate into {person.name}
      </h2>
      <p className="text-sm text-slate-600">
        The other person&apos;s quotes, aliases and roles move here, their name becomes an alias, and their page
        redirects here.
      </p>
      <form method="get" className="mt-2 flex items-end gap-3" aria-label="Choose the duplicate">
        <FormField name="merge" label="Id of the duplicate (see the people list)">
          <Input inputMode="numeric" defaultValue={other?.id ?? ""} />
        </FormField>
        <button type="submit" className="rounded border border-slate-400 px-4 py-2 text-sm">
          Review merge
        </button>
      </form>
      {mergeId && !other ? (
        <p className="mt-2 text-sm text-red-700">No live person with id {mergeId} (other than this one).</p>
      ) : null}
      {other ? (
        <ActionForm
          action={mergePeopleAction}
          className="mt-3 rounded border border-amber-400 bg-amber-50 p-3"
          aria-label="Confirm merge"
        >
          <input type="hidden" name="survivorId" value={person.id} />
          <input type="hidden" name="survivorVersion" value={person.version} />
          <input type="hidden" name="mergedId" value={other.id} />
          <input type="hidden" name="mergedVersion" value={other.version} />
          <p className="text-sm">
            Merge <strong>{other.name}</strong> (#{other.id}, {other.quoteCount} quote(s), aliases:{" "}
            {other.aliases.map((a) => a.name).join(", ") || "none"}) into <strong>{person.name}</strong>. This cannot be
            undone from this page.
          </p>
          <FieldError name="mergedId" />
          <button type="submit" className={`${buttonClass} mt-2`}>
            Merge {other.name} into {person.name}
          </button>
        </ActionForm>
      ) : null}
    </section>
  );
}
