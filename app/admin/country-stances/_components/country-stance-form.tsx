"use client";
// The country stance record form: country, dimension, position, period, summary and the cited quotes. While the
// editor fills it, the server computes the two warnings (lib/country-stances/checks.ts) and they show above the
// Save button; saving never waits on them, and the saved record's warnings show after.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { CountryStanceWarnings } from "@/lib/country-stances/checks";
import type { CountryStanceDetail, CountryStanceFormOptions, EvidenceQuote } from "@/lib/country-stances/queries";
import { buttonClass } from "@/components/action-form";
import { FormField, Input, Select, TextArea } from "@/components/form-field";
import { checkCountryStanceAction, saveCountryStanceAction } from "../actions";
import { QuotePicker } from "./quote-picker";

interface Props {
  options: CountryStanceFormOptions;
  record: CountryStanceDetail | null;
}

export function CountryStanceForm({ options, record }: Props) {
  const router = useRouter();
  const [countryId, setCountryId] = useState(record ? String(record.countryId) : "");
  const [dimensionId, setDimensionId] = useState(record ? String(record.dimensionId) : "");
  const [positionId, setPositionId] = useState(record ? String(record.positionId) : "");
  const [validFrom, setValidFrom] = useState(record?.validFrom ?? "");
  const [validTo, setValidTo] = useState(record?.validTo ?? "");
  const [summary, setSummary] = useState(record?.summary ?? "");
  const [evidence, setEvidence] = useState<EvidenceQuote[]>(record?.evidence ?? []);
  const [version, setVersion] = useState(record?.version);
  const [warnings, setWarnings] = useState<CountryStanceWarnings>({ disagreements: [], overlaps: [] });
  const [fields, setFields] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [saving, setSaving] = useState(false);

  const quoteIds = evidence.map((quote) => quote.id);
  const quoteKey = quoteIds.join(",");
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      checkCountryStanceAction({
        id: record?.id,
        countryId,
        dimensionId,
        positionId,
        validFrom,
        validTo,
        quoteIds: quoteKey,
      }).then(
        (result) => current && result.ok && setWarnings(result.data),
        () => {},
      );
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [record?.id, countryId, dimensionId, positionId, validFrom, validTo, quoteKey]);

  const dimension = options.dimensions.find((d) => String(d.id) === dimensionId);
  // Retired entries stay selectable only where this record already has them.
  const dimensions = options.dimensions.filter((d) => !d.retired || d.id === record?.dimensionId);
  const positions = (dimension?.positions ?? []).filter((p) => !p.retired || p.id === record?.positionId);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setSaving(true);
    setMessage(null);
    const result = await saveCountryStanceAction({
      id: record?.id,
      version,
      countryId,
      dimensionId,
      positionId,
      validFrom,
      validTo,
      summary,
      quoteIds,
    }).catch(() => null);
    setSaving(false);
    if (!result) return setMessage({ ok: false, text: "The record could not be saved: the server did not answer." });
    if (!result.ok) {
      setFields(result.fields ?? {});
      return setMessage({ ok: false, text: result.message });
    }
    setFields({});
    setWarnings(result.data.warnings);
    const count = result.data.warnings.disagreements.length + result.data.warnings.overlaps.length;
    setMessage({ ok: true, text: `Saved.${count ? ` ${count} warning(s): see above.` : ""}` });
    setVersion(result.data.version);
    if (!record) router.push(`/admin/country-stances/${result.data.id}?saved=1`);
    else router.refresh();
  }

  const error = (name: string) => fields[name] ?? null;

  return (
    <form onSubmit={save} aria-label="Country stance record" aria-busy={saving} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField name="countryId" label="Country" error={error("countryId")}>
          <Select value={countryId} onChange={(e) => setCountryId(e.target.value)}>
            <option value="">Choose…</option>
            {options.countries.map((country) => (
              <option key={country.id} value={country.id}>
                {country.name} ({country.code})
              </option>
            ))}
          </Select>
        </FormField>
        <FormField name="dimensionId" label="Dimension" error={error("dimensionId")}>
          <Select
            value={dimensionId}
            onChange={(e) => {
              setDimensionId(e.target.value);
              setPositionId("");
            }}
          >
            <option value="">Choose…</option>
            {dimensions.map((d) => (
              <option key={d.id} value={d.id}>
                {d.label}
                {d.retired ? " (retired)" : ""}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField name="positionId" label="Position" error={error("positionId")}>
          <Select value={positionId} onChange={(e) => setPositionId(e.target.value)} disabled={!dimension}>
            <option value="">Choose…</option>
            {positions.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
                {p.retired ? " (retired)" : ""}
              </option>
            ))}
          </Select>
        </FormField>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField name="validFrom" label="From" error={error("validFrom")}>
          <Input type="date" value={validFrom} onChange={(e) => setValidFrom(e.target.value)} />
        </FormField>
        <FormField name="validTo" label="To (leave empty while the position holds)" error={error("validTo")}>
          <Input type="date" value={validTo} onChange={(e) => setValidTo(e.target.value)} />
        </FormField>
      </div>
      <FormField name="summary" label="Summary" error={error("summary")}>
        <TextArea value={summary} onChange={(e) => setSummary(e.target.value)} rows={3} />
      </FormField>
      <QuotePicker chosen={evidence} onChange={setEvidence} error={fields.quoteIds} />
      <Warnings warnings={warnings} />
      <button type="submit" className={buttonClass} disabled={saving}>
        {record ? "Save changes" : "Create record"}
      </button>
      {message ? (
        <p
          role={message.ok ? "status" : "alert"}
          className={`text-sm ${message.ok ? "text-green-800" : "text-red-700"}`}
        >
          {message.text}
        </p>
      ) : null}
    </form>
  );
}

function Warnings({ warnings }: { warnings: CountryStanceWarnings }) {
  const empty = warnings.disagreements.length === 0 && warnings.overlaps.length === 0;
  return (
    <section
      aria-label="Warnings"
      aria-live="polite"
      className={empty ? "" : "rounded border border-amber-400 bg-amber-50 p-3 text-sm"}
    >
      {empty ? null : (
        <>
          <h3 className="font-semibold">Warnings (you can still save)</h3>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {warnings.disagreements.map((d) => (
              <li key={`q${d.quoteId}`}>
                Quote #{d.quoteId} (“{d.text.length > 80 ? `${d.text.slice(0, 80)}…` : d.text}”) does not code this
                country at this position
                {d.coded.length
                  ? `: it says ${d.coded.join(", ")}`
                  : ": it has no stance for this country on this dimension"}
                .
              </li>
            ))}
            {warnings.overlaps.map((o) => (
              <li key={`r${o.id}`}>
                The period overlaps{" "}
                <Link href={`/admin/country-stances/${o.id}`} className="underline">
                  record #{o.id}
                </Link>{" "}
                ({o.position}, {o.validFrom} – {o.validTo ?? "open"}).
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
