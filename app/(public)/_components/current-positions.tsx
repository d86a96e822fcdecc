// "Where each government stands": the current record of each country on each dimension. A table on wide screens;
// below the md breakpoint one card per country listing every dimension, so none hides off-screen on a phone.
import Link from "next/link";
import { ScrollRegion } from "@/components/scroll-region";
import { StanceBadge } from "@/components/stance-badge";
import type { CountryStanceRecord } from "@/lib/country-stances/public";
import { formatDate } from "@/lib/dates";
import { paths } from "@/lib/public-routes";

interface Props {
  countries: { code: string; name: string }[];
  dimensions: { key: string; label: string; definition: string }[];
  current: Map<string, CountryStanceRecord>;
}

function Cell({
  country,
  dimension,
  record,
}: {
  country: { name: string };
  dimension: { key: string; label: string };
  record?: CountryStanceRecord;
}) {
  if (!record) return <span className="text-slate-500">No record</span>;
  return (
    <div className="space-y-1">
      <StanceBadge
        label={record.position.label}
        color={record.position.color}
        dimensionKey={dimension.key}
        positionKey={record.position.key}
      />
      <p className="text-xs text-slate-600">
        {record.validTo
          ? `${formatDate(record.validFrom)} – ${formatDate(record.validTo)}`
          : `Since ${formatDate(record.validFrom)}`}
      </p>
      {record.evidence.length > 0 ? (
        <p className="text-xs">
          Evidence:{" "}
          {record.evidence.map((quote, index) => (
            <span key={quote.id}>
              {index > 0 ? ", " : ""}
              <Link
                href={paths.quote(quote.id)}
                className="underline"
                aria-label={`${country.name}, ${dimension.label}: evidence ${index + 1}, statement of ${formatDate(quote.statedOn)}`}
              >
                {index + 1}
              </Link>
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}

export function CurrentPositions({ countries, dimensions, current }: Props) {
  return (
    <>
      <ul className="mt-4 space-y-3 md:hidden" aria-label="Current positions, one card per country">
        {countries.map((country) => (
          <li key={country.code} className="rounded-lg border border-slate-200 p-3">
            <h3 className="font-medium">
              <Link href={paths.country(country.code)} className="underline">
                {country.name}
              </Link>
            </h3>
            <dl className="mt-2 space-y-3 text-sm">
              {dimensions.map((dimension) => (
                <div key={dimension.key}>
                  <dt className="font-semibold">{dimension.label}</dt>
                  <dd className="mt-1">
                    <Cell
                      country={country}
                      dimension={dimension}
                      record={current.get(`${country.code}:${dimension.key}`)}
                    />
                  </dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
      <ScrollRegion labelledBy="matrix-heading" className="mt-4 hidden md:block">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Current position of each country on each dimension of the codebook</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-3 font-semibold">
                Country
              </th>
              {dimensions.map((dimension) => (
                <th key={dimension.key} scope="col" className="py-2 pr-3 font-semibold">
                  {dimension.label}
                  <span className="block text-xs font-normal text-slate-600">{dimension.definition}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {countries.map((country) => (
              <tr key={country.code} className="border-b border-slate-200 align-top">
                <th scope="row" className="py-3 pr-3 font-medium">
                  <Link href={paths.country(country.code)} className="underline">
                    {country.name}
                  </Link>
                </th>
                {dimensions.map((dimension) => (
                  <td key={dimension.key} className="py-3 pr-3">
                    <Cell
                      country={country}
                      dimension={dimension}
                      record={current.get(`${country.code}:${dimension.key}`)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
