// "Countries that held it": each published country record with this position, its period and summary.
import Link from "next/link";
import { StanceBadge } from "@/components/stance-badge";
import { recordsWithPosition } from "@/lib/country-stances/public";
import { formatDate } from "@/lib/dates";
import { paths } from "@/lib/public-routes";

export async function PositionHolders({ positionId }: { positionId: number }) {
  const records = await recordsWithPosition(positionId);
  return (
    <section aria-labelledby="holders-heading">
      <h2 id="holders-heading" className="text-xl font-semibold">
        Countries that held it
      </h2>
      {records.length === 0 ? (
        <p className="mt-2 text-slate-700">No published country position record.</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {records.map((record) => (
            <li key={record.id}>
              <p className="flex flex-wrap items-center gap-2">
                <Link href={paths.country(record.country.code)} className="font-medium underline">
                  {record.country.name}
                </Link>
                <StanceBadge label={record.position.label} color={record.position.color} />
                <span className="text-sm text-slate-600">
                  {record.validTo
                    ? `${formatDate(record.validFrom)} – ${formatDate(record.validTo)}`
                    : `since ${formatDate(record.validFrom)}`}
                </span>
              </p>
              <p className="mt-1 text-sm text-slate-800">{record.summary}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
