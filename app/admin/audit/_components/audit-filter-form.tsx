// The audit trail's filter: a GET form, so a filtered view is a link; a bad value shows its message beside its field.
import { buttonClass } from "@/components/action-form";
import { FormField, Input, Select } from "@/components/form-field";
import { AUDIT_KINDS, ENTITY_TYPES, type AuditFilter } from "@/lib/audit/schemas";

export function AuditFilterForm({ values, errors }: { values: AuditFilter; errors: Record<string, string[]> }) {
  const field = (name: keyof AuditFilter) => ({ name, error: errors[name] ?? null, className: "" });
  return (
    <form
      method="get"
      className="mt-4 grid grid-cols-2 gap-3 text-sm sm:grid-cols-7"
      aria-label="Filter the audit trail"
    >
      <FormField {...field("userId")} label="Person (email or id)">
        <Input defaultValue={values.userId} />
      </FormField>
      <FormField {...field("kind")} label="Kind">
        <Select defaultValue={values.kind ?? ""}>
          <option value="">any</option>
          {AUDIT_KINDS.map((kind) => (
            <option key={kind}>{kind}</option>
          ))}
        </Select>
      </FormField>
      <FormField {...field("entityType")} label="Record type">
        <Select defaultValue={values.entityType ?? ""}>
          <option value="">any</option>
          {ENTITY_TYPES.map((type) => (
            <option key={type}>{type}</option>
          ))}
        </Select>
      </FormField>
      <FormField {...field("entityId")} label="Record id">
        <Input defaultValue={values.entityId} />
      </FormField>
      <FormField {...field("from")} label="From">
        <Input type="date" defaultValue={values.from} />
      </FormField>
      <FormField {...field("to")} label="To">
        <Input type="date" defaultValue={values.to} />
      </FormField>
      <div className="self-end">
        <button type="submit" className={buttonClass}>
          Filter
        </button>
      </div>
      {errors.before ? (
        <p role="alert" className="col-span-full text-red-700">
          This page link is broken ({errors.before.join(" ")}): filter again.
        </p>
      ) : null}
    </form>
  );
}
