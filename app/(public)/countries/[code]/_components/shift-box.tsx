// The country's shifts of position: between two records, or a confirmed shift that started a dimension's first
// record (a shift from no record); each links the statement it was detected from.
import Link from "next/link";
import type { CountryDto } from "@/lib/countries/public";
import type { Shift } from "@/lib/country-stances/public";
import { formatDate } from "@/lib/dates";
import { shiftAnchor } from "@/lib/feed/shifts-atom";
import { paths } from "@/lib/public-routes";
import type { PublicShift } from "@/lib/shifts/public";

export function ShiftBox(props: { country: CountryDto; shifts: Shift[]; confirmed: PublicShift[] }) {
  const { country, shifts, confirmed } = props;
  const confirmedByRecord = new Map(confirmed.map((shift) => [shift.recordId, shift]));
  const firstRecords = confirmed.filter((c) => !shifts.some((shift) => shift.to.id === c.recordId));
  if (shifts.length + firstRecords.length === 0) return null;
  return (
    <div className="mt-3 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h3 className="font-semibold">Shifts</h3>
      <ul className="mt-1 list-disc space-y-1 pl-5 text-sm" data-testid="shift-list">
        {shifts.map((shift) => {
          const detected = confirmedByRecord.get(shift.to.id);
          return (
            <li key={shift.to.id} id={detected ? shiftAnchor(detected.id) : undefined}>
              {shift.to.dimension.label}: <strong>{shift.from.position.label}</strong> →{" "}
              <strong>{shift.to.position.label}</strong> on {formatDate(shift.to.validFrom)}
              {detected?.quote ? (
                <>
                  {" "}
                  (detected from{" "}
                  <Link href={paths.quote(detected.quote.id)} className="underline">
                    a statement of {formatDate(detected.quote.statedOn)}
                  </Link>
                  )
                </>
              ) : null}
            </li>
          );
        })}
        {firstRecords.map((shift) => (
          <li key={shift.recordId} id={shiftAnchor(shift.id)}>
            {shift.dimension.label}: now <strong>{shift.to}</strong> on {formatDate(shift.validFrom)} (first record)
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm">
        <a href={paths.countryShiftsFeed(country.code)} className="underline">
          Follow {country.shortName}&apos;s changes of position (Atom feed)
        </a>
      </p>
    </div>
  );
}
