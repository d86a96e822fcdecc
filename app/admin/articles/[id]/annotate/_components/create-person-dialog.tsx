"use client";
// "Create person" confirmed with the role they held: title, country, organization, from and to (coding rule 7: the
// speaker's country comes from the role on the statement date, so it fills in on their next quote). Nothing is
// created until the editor confirms; the server checks every field and refuses a name that exists already.
import { FormField, Input, Select } from "@/components/form-field";
import { ConfirmDialog, dialogInputClass } from "@/components/ui/confirm-dialog";
import type { CountryOption } from "@/lib/quotes/queries";
import { createPersonAction } from "../actions";
import { CountryOptions } from "@/components/country-options";

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
          <FormField name="name" label="Name" error={errors.name ?? null}>
            <Input defaultValue={name} className={dialogInputClass} />
          </FormField>
          <p className="text-sm text-slate-700">Their role, so that their country fills in on their quotes:</p>
          <FormField name="title" label="Title" hint="“Foreign Minister”, “analyst”" error={errors.title ?? null}>
            <Input data-autofocus className={dialogInputClass} />
          </FormField>
          <FormField
            name="countryId"
            label="Country"
            hint="for an analyst, their institution’s"
            error={errors.countryId ?? null}
          >
            <Select defaultValue={countryId ?? ""} className={dialogInputClass}>
              <CountryOptions countries={countries} empty="Choose…" withCode />
            </Select>
          </FormField>
          <FormField
            name="organization"
            label="Organization"
            hint="optional: a ministry, a university"
            error={errors.organization ?? null}
          >
            <Input className={dialogInputClass} />
          </FormField>
          <div className="grid grid-cols-2 gap-2">
            <FormField name="startsOn" label="From" hint="optional" error={errors.startsOn ?? null}>
              <Input type="date" className={dialogInputClass} />
            </FormField>
            <FormField name="endsOn" label="To" hint="empty while held" error={errors.endsOn ?? null}>
              <Input type="date" className={dialogInputClass} />
            </FormField>
          </div>
        </>
      )}
    </ConfirmDialog>
  );
}
