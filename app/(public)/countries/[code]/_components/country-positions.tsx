// "Positions over time": the shifts, the strips (chart and table) and each dimension's published records.
import { PositionStripChart, PositionStripTable } from "@/components/position-strips";
import { getCodebook } from "@/lib/codebook/public";
import type { CountryDto } from "@/lib/countries/public";
import { countryTimeline, findShifts } from "@/lib/country-stances/public";
import { buildStrips } from "@/lib/country-stances/strips";
import { listPublishedShifts } from "@/lib/shifts/public";
import { DimensionRecords } from "./dimension-records";
import { ShiftBox } from "./shift-box";

export async function CountryPositions({ country }: { country: CountryDto }) {
  const [records, dimensions, confirmed] = await Promise.all([
    countryTimeline(country.id),
    getCodebook(),
    listPublishedShifts(country.code),
  ]);
  const now = new Date();
  const strips = buildStrips(
    records.map((record) => ({
      ...record,
      lastEvidence: record.lastEvidence?.on ?? record.evidence.at(-1)?.statedOn ?? null,
      stale: Boolean(record.lastEvidence?.stale),
    })),
    now,
  );
  const dimensionsWithRecords = dimensions.filter((dimension) =>
    records.some((record) => record.dimension.id === dimension.id),
  );
  const from = records.reduce((first, record) => (record.validFrom < first ? record.validFrom : first), now);

  return (
    <section aria-labelledby="positions-heading">
      <h2 id="positions-heading" className="text-xl font-semibold">
        Positions over time
      </h2>
      {records.length === 0 ? (
        <p className="mt-2 text-slate-700">No position of {country.name} has been published yet.</p>
      ) : (
        <>
          <ShiftBox country={country} shifts={findShifts(records)} confirmed={confirmed} />
          <figure className="mt-4">
            <PositionStripChart
              id="country-strips"
              title={`${country.name}: positions over time`}
              dimensions={dimensionsWithRecords}
              strips={new Map([...strips.values()].map((strip) => [strip.dimension.key, strip]))}
              from={from}
              now={now}
              size="large"
            />
            <figcaption className="mt-1 text-sm text-slate-600">
              Each strip is coloured by the position held (hover a segment for its period); a black marker shows a
              shift; a faded, dashed end means the last evidence is over 12 months old.
            </figcaption>
          </figure>
          <details className="mt-2">
            <summary className="cursor-pointer text-sm underline">The strips as a table</summary>
            <PositionStripTable
              caption={`${country.name}'s published position records`}
              strips={dimensionsWithRecords.flatMap((d) => strips.get(`${country.code}:${d.key}`) ?? [])}
              showCountry={false}
            />
          </details>
          {dimensionsWithRecords.map((dimension) => (
            <DimensionRecords
              key={dimension.id}
              dimension={dimension}
              records={records.filter((record) => record.dimension.id === dimension.id)}
            />
          ))}
        </>
      )}
    </section>
  );
}
