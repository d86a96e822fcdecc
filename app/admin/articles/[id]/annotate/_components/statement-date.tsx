"use client";
// The statement's date with its precision (coding rule 8): a day, a month ("in September") or a year ("last
// year"), and "reported on" when the text gives no date and the article's date stands in. Changing the precision
// keeps what can be kept of the date typed.
import { FormField, Input, Select } from "@/components/form-field";
import { DATE_PRECISION_LABELS } from "@/lib/quotes/labels";
import { DATE_PRECISIONS, type DatePrecision } from "@/lib/quotes/schemas";

interface Props {
  statedOn: string;
  precision: DatePrecision;
  reported: boolean;
  onChange: (change: { statedOn?: string; statedOnPrecision?: DatePrecision; statedOnReported?: boolean }) => void;
  errors: string[];
}

function convert(value: string, to: DatePrecision): string {
  if (to === "year") return value.slice(0, 4);
  if (to === "month") return value.length >= 7 ? value.slice(0, 7) : value ? `${value.slice(0, 4)}-01` : "";
  return value.length === 10 ? value : value.length === 7 ? `${value}-01` : value ? `${value.slice(0, 4)}-01-01` : "";
}

export function StatementDate({ statedOn, precision, reported, onChange, errors }: Props) {
  const input =
    "mt-1 block w-full rounded border border-slate-300 px-2 py-1.5 text-sm focus:outline-2 focus:outline-blue-600";
  return (
    <div>
      <div className="grid grid-cols-[1fr_auto] gap-2">
        <FormField name="statedOn" label="Stated on" error={errors}>
          <Input
            type={precision === "day" ? "date" : precision === "month" ? "month" : "text"}
            inputMode={precision === "year" ? "numeric" : undefined}
            placeholder={precision === "month" ? "YYYY-MM" : precision === "year" ? "YYYY" : undefined}
            value={statedOn}
            onChange={(event) => onChange({ statedOn: event.target.value })}
            className={input}
          />
        </FormField>
        <FormField name="statedOnPrecision" label="Precision">
          <Select
            value={precision}
            onChange={(event) => {
              const next = event.target.value as DatePrecision;
              onChange({ statedOnPrecision: next, statedOn: convert(statedOn, next) });
            }}
            className={input}
          >
            {DATE_PRECISIONS.map((value) => (
              <option key={value} value={value}>
                {DATE_PRECISION_LABELS[value]}
              </option>
            ))}
          </Select>
        </FormField>
      </div>
      <label className="mt-1 inline-flex items-center gap-1 text-sm">
        <input
          type="checkbox"
          checked={reported}
          onChange={(event) => onChange({ statedOnReported: event.target.checked })}
        />
        Reported on: the text gives no date, the article’s date stands
      </label>
    </div>
  );
}
