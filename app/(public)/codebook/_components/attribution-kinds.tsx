// "Who is speaking": how a statement is attributed, and why an analyst never speaks for a country.
import { ATTRIBUTION_LABELS } from "@/lib/quotes/labels";

export function AttributionKinds() {
  return (
    <section aria-labelledby="attribution-heading">
      <h2 id="attribution-heading" className="text-xl font-semibold">
        Who is speaking
      </h2>
      <p className="mt-1 text-slate-700">
        A statement belongs to its speaker and, through the role they held that day, to a country. How it is attributed
        is recorded, because it weighs differently. An analyst&apos;s statement can be about a country&apos;s position;
        it never counts as that country&apos;s own statement.
      </p>
      <ul className="mt-2 list-disc pl-5 text-sm">
        {Object.values(ATTRIBUTION_LABELS).map((label) => (
          <li key={label}>{label}</li>
        ))}
      </ul>
    </section>
  );
}
