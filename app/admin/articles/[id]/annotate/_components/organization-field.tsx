"use client";
// The speaking organization of a quote (coding rule 6: a ministry, a government, KCNA), from the list, or a new one
// after a confirmation that asks for the country it speaks for (which becomes the speaker's country). Nothing is
// created until the editor confirms; Esc creates nothing.
import { useRef, useState } from "react";
import { FormField, Input, Select } from "@/components/form-field";
import { ConfirmDialog, dialogInputClass } from "@/components/ui/confirm-dialog";
import type { CountryOption, OrganizationOption } from "@/lib/quotes/queries";
import { createOrganizationAction } from "../actions";
import { CountryOptions } from "@/components/country-options";

interface Props {
  organizations: OrganizationOption[];
  countries: CountryOption[];
  value: number | null;
  errors: string[];
  onChange: (organization: OrganizationOption | null) => void;
  onCreated: (organization: OrganizationOption) => void;
}

export function OrganizationField({ organizations, countries, value, errors, onChange, onCreated }: Props) {
  const [creating, setCreating] = useState(false);
  const created = useRef<OrganizationOption | null>(null);
  return (
    <div>
      <FormField
        name="speakerOrganizationId"
        label="Or an organization"
        hint="A ministry, a government, KCNA"
        error={errors}
      >
        <div className="mt-1 flex gap-2">
          <Select
            value={value ?? ""}
            onChange={(event) => onChange(organizations.find((o) => o.id === Number(event.target.value)) ?? null)}
            className="block w-full rounded border border-slate-300 px-2 py-1.5 text-sm focus:outline-2 focus:outline-blue-600"
          >
            <option value="">None</option>
            {organizations.map((organization) => (
              <option key={organization.id} value={organization.id}>
                {organization.name}
              </option>
            ))}
          </Select>
          <button
            type="button"
            onClick={() => setCreating(true)}
            className="shrink-0 rounded border border-slate-400 px-2 text-sm"
          >
            New organization…
          </button>
        </div>
      </FormField>
      {creating ? (
        <ConfirmDialog
          title="New organization"
          confirmLabel="Create organization"
          workingLabel="Creating organization…"
          onClose={() => {
            setCreating(false);
            if (created.current) onChange(created.current);
            created.current = null;
          }}
          onConfirm={async (form) => {
            const result = await createOrganizationAction({
              name: String(form.get("name") ?? ""),
              countryId: String(form.get("countryId") ?? ""),
            });
            if (!result.ok) return { message: result.message, fields: result.fields };
            created.current = result.data;
            onCreated(result.data);
            return null;
          }}
        >
          {(fieldErrors) => (
            <>
              <FormField
                name="name"
                label="Name"
                hint="“Ministry of Foreign Affairs”, “KCNA”"
                error={fieldErrors.name ?? null}
              >
                <Input data-autofocus className={dialogInputClass} />
              </FormField>
              <FormField name="countryId" label="Country it speaks for" error={fieldErrors.countryId ?? null}>
                <Select className={dialogInputClass}>
                  <CountryOptions countries={countries} empty="Choose…" withCode />
                </Select>
              </FormField>
            </>
          )}
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
