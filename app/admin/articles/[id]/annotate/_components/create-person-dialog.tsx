"use client";
// "Create person" confirmed with the role they held: title, country, organization, from and to (coding rule 7: the
// speaker's country comes from the role on the statement date, so it fills in on their next quote). Nothing is
// created until the editor confirms; the server checks every field and refuses a name that exists already.
import { ConfirmDialog, DialogField, dialogInputClass } from "@/components/ui/confirm-dialog";
import type { CountryOption } from "@/lib/quotes/queries";
import { createPersonAction } from "../actions";

interface Props {
  name: string;
  countries: CountryOption[];
  /** The speaker's country already chosen on the quote, offered as the role's country. */
  countryId: number | null;
  onCreated: (person: { id: number; name: string }) => void;
  onClose: () => void;
}

export function CreatePersonDialog({ name, countries, countryId, onCreated, onClose }: Props) {
  return (
    <ConfirmDialog
      title="Create person"
      confirmLabel="Create person"
      workingLabel="Creating person…"
      onClose={onClose}
      onConfirm={async (form) => {
        const text = (field: string) => String(form.get(field) ?? "");
        const result = await createPersonAction({
          name: text("name"),
          title: text("title"),
          countryId: text("countryId"),
          organization: text("organization"),
          startsOn: text("startsOn"),
          endsOn: text("endsOn"),
        });
        if (!result.ok) return { message: result.message, fields: result.fields };
        onCreated({ id: result.data.id, name: result.data.name });
        return null;
      }}
    >
      {(errors) => (
        <>
          <DialogField label="Name" errors={errors.name}>
            {(id, describedBy) => (
              <input
                id={id}
                name="name"
                defaultValue={name}
                aria-describedby={describedBy}
                className={dialogInputClass}
              />
            )}
          </DialogField>
          <p className="text-sm text-slate-700">Their role, so that their country fills in on their quotes:</p>
          <DialogField label="Title" hint="“Foreign Minister”, “analyst”" errors={errors.title}>
            {(id, describedBy) => (
              <input id={id} name="title" data-autofocus aria-describedby={describedBy} className={dialogInputClass} />
            )}
          </DialogField>
          <DialogField label="Country" hint="for an analyst, their institution’s" errors={errors.countryId}>
            {(id, describedBy) => (
              <select
                id={id}
                name="countryId"
                defaultValue={countryId ?? ""}
                aria-describedby={describedBy}
                className={dialogInputClass}
              >
                <option value="">Choose…</option>
                {countries.map((country) => (
                  <option key={country.id} value={country.id}>
                    {country.shortName} ({country.code})
                  </option>
                ))}
              </select>
            )}
          </DialogField>
          <DialogField label="Organization" hint="optional: a ministry, a university" errors={errors.organization}>
            {(id, describedBy) => (
              <input id={id} name="organization" aria-describedby={describedBy} className={dialogInputClass} />
            )}
          </DialogField>
          <div className="grid grid-cols-2 gap-2">
            <DialogField label="From" hint="optional" errors={errors.startsOn}>
              {(id, describedBy) => (
                <input
                  id={id}
                  name="startsOn"
                  type="date"
                  aria-describedby={describedBy}
                  className={dialogInputClass}
                />
              )}
            </DialogField>
            <DialogField label="To" hint="empty while held" errors={errors.endsOn}>
              {(id, describedBy) => (
                <input id={id} name="endsOn" type="date" aria-describedby={describedBy} className={dialogInputClass} />
              )}
            </DialogField>
          </div>
        </>
      )}
    </ConfirmDialog>
  );
}
