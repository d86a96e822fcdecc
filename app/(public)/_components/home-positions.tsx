// The home page's positions: "Where each government stands" (each country's current record per dimension) and
// the position strips over time, both over the codebook's active dimensions.
import { PositionStripsSection } from "@/components/position-strips-section";
import { getCodebook } from "@/lib/codebook/public";
import { listCountries } from "@/lib/countries/public";
import { currentPositions, stripRecords } from "@/lib/country-stances/public";
import { CurrentPositions } from "./current-positions";

export async function HomePositions() {
  const [dimensions, countries, current, strips] = await Promise.all([
    getCodebook(),
    listCountries(),
    currentPositions(),
    stripRecords(),
  ]);
  const activeDimensions = dimensions.filter((dimension) => !dimension.retired);
  const matrixCountries = countries.filter((country) =>
    activeDimensions.some((d) => current.has(`${country.code}:${d.key}`)),
  );
  return (
    <>
      <section aria-labelledby="matrix-heading">
        <h2 id="matrix-heading" className="text-xl font-semibold">
          Where each government stands
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          Each cell is the editors&apos; latest published judgement of the country&apos;s position, the date it applies
          from, and the statements it rests on.
        </p>
        {matrixCountries.length === 0 ? (
          <p className="mt-3 text-slate-700">No country position has been published yet.</p>
        ) : (
          <CurrentPositions countries={matrixCountries} dimensions={activeDimensions} current={current} />
        )}
      </section>
      <PositionStripsSection records={strips} dimensions={activeDimensions} countries={countries} now={new Date()} />
    </>
  );
}
