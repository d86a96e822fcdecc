// One dimension's published records of the country, each with its period, summary and evidence.
import Link from "next/link";
import { StanceBadge } from "@/components/stance-badge";
import type { DimensionDto } from "@/lib/codebook/public";
import type { CountryStanceRecord } from "@/lib/country-stances/public";
import { formatDate } from "@/lib/dates";
import { paths } from "@/lib/public-routes";

// An open record whose evidence is old, or spoken in a role that has ended, may no longer hold (coding rule 10).
const period = (record: CountryStanceRecord) =>
  record.validTo
    ? `${formatDate(record.validFrom)} – ${formatDate(record.validTo)}`
    : record.lastEvidence?.stale
      ? `since ${formatDate(record.validFrom)}, last evidence on ${formatDate(record.lastEvidence.on)}`
      : `since ${formatDate(record.validFrom)}`;

export function DimensionRecords({ dimension, records }: { dimension: DimensionDto; records: CountryStanceRecord[] }) {
  return (
    <section aria-labelledby={`dimension-${dimension.key}`} className="mt-6">
      <h3 id={`dimension-${dimension.key}`} className="text-lg font-semibold">
        {dimension.label}
      </h3>
      <ol className="mt-2 space-y-3">
        {records.map((record) => (
          <li key={record.id} className="border-l-4 pl-3" style={{ borderColor: record.position.color }}>
            <p className="flex flex-wrap items-center gap-2">
              <StanceBadge
                label={record.position.label}
                color={record.position.color}
                dimensionKey={dimension.key}
                positionKey={record.position.key}
              />
              <span className="text-sm text-slate-600">{period(record)}</span>
            </p>
            <p className="mt-1 text-sm text-slate-800">
              {record.summary}{" "}
              <Link href={paths.countryStance(record.id)} className="text-slate-600 underline">
                Record, versions and citation
              </Link>
            </p>
            {record.evidence.length > 0 ? (
              <p className="mt-1 text-sm">
                Evidence:{" "}
                {record.evidence.map((quote, index) => (
                  <span key={quote.id}>
                    {index > 0 ? ", " : ""}
                    <Link href={paths.quote(quote.id)} className="underline">
                      statement of {formatDate(quote.statedOn)}
                    </Link>
                  </span>
                ))}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
