// A country stance record as one of its versions reads: country, dimension and position, period, summary and the
// public quotes it cites. Shared by the record's page and its versions' permalinks.
import Link from "next/link";
import { StanceBadge } from "@/components/stance-badge";
import { formatDate } from "@/lib/dates";
import { paths } from "@/lib/public-routes";
import type { CountryStanceVersionView } from "@/lib/country-stances/versions-public";

/** "South Korea on the instrument: declaration, 27 Apr 2018 – now": the record's name in a citation. */
export const recordTitle = (shown: CountryStanceVersionView) =>
  `${shown.country.name} on ${shown.dimension.toLowerCase()}: ${shown.position.label}, ${formatDate(shown.validFrom)} – ${shown.validTo ? formatDate(shown.validTo) : "now"}`;

export function RecordView({ shown }: { shown: CountryStanceVersionView }) {
  return (
    <>
      <h1 className="text-2xl font-semibold">
        <Link href={paths.country(shown.country.code)} className="underline">
          {shown.country.name}
        </Link>
        : {shown.dimension}
      </h1>
      <p className="flex flex-wrap items-center gap-2">
        <StanceBadge
          label={shown.position.label}
          color={shown.position.color}
          dimensionKey={shown.position.dimensionKey}
          positionKey={shown.position.key}
        />
        <span className="text-sm text-slate-600" data-testid="record-period">
          {formatDate(shown.validFrom)} – {shown.validTo ? formatDate(shown.validTo) : "still held"}
        </span>
      </p>
      <p data-testid="record-summary">{shown.summary}</p>
      <p className="text-sm">
        Evidence:{" "}
        {shown.evidence.length === 0
          ? "no public quote"
          : shown.evidence.map((id, index) => (
              <span key={id}>
                {index > 0 ? ", " : null}
                <Link href={paths.quote(id)} className="underline">
                  quote {id}
                </Link>
              </span>
            ))}
      </p>
    </>
  );
}
