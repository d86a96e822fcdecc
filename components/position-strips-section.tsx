// The home page's "Positions over time": one strip chart per country (every active dimension, in codebook order),
// all on the same time axis, and the same data as a table.
import Link from "next/link";
import { PositionStripChart, PositionStripTable } from "@/components/position-strips";
import { buildStrips, type StripRecordInput } from "@/lib/country-stances/strips";
import { paths } from "@/lib/public-routes";

export function PositionStripsSection({
  records,
  dimensions,
  countries,
  now,
}: {
  records: StripRecordInput[];
  dimensions: { key: string; label: string }[];
  countries: { code: string; name: string }[];
  now: Date;
}) {
  const strips = buildStrips(records, now);
  const shown = countries.filter((country) => dimensions.some((d) => strips.has(`${country.code}:${d.key}`)));
  if (shown.length === 0) return null;
  const from = new Date(Math.min(...records.map((record) => record.validFrom.getTime())));
  return (
    <section aria-labelledby="strips-heading">
      <h2 id="strips-heading" className="text-xl font-semibold">
        Positions over time
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        Each strip is coloured by the position held; a black marker shows a shift. A faded, dashed end means the latest
        evidence is over 12 months old: the position is drawn up to that evidence, not to today.
      </p>
      <ul className="mt-4 grid gap-6 md:grid-cols-2">
        {shown.map((country) => (
          <li key={country.code}>
            <h3 className="font-semibold">
              <Link href={paths.country(country.code)} className="underline">
                {country.name}
              </Link>
            </h3>
            <PositionStripChart
              id={`strips-${country.code}`}
              title={`${country.name}: positions over time`}
              dimensions={dimensions}
              strips={
                new Map(
                  dimensions.flatMap((d) => {
                    const strip = strips.get(`${country.code}:${d.key}`);
                    return strip ? [[d.key, strip] as const] : [];
                  }),
                )
              }
              from={from}
              now={now}
            />
          </li>
        ))}
      </ul>
      <details className="mt-4">
        <summary className="cursor-pointer text-sm underline">The strips as a table</summary>
        <PositionStripTable
          caption="Every published position record, by country and dimension"
          strips={shown.flatMap((country) => dimensions.flatMap((d) => strips.get(`${country.code}:${d.key}`) ?? []))}
          showCountry
        />
      </details>
    </section>
  );
}
