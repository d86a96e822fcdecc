import Link from "next/link";
import { getCodebook } from "@/lib/codebook/public";
import { pageMetadata } from "@/lib/public-metadata";
import { paths } from "@/lib/public-routes";
import { ATTRIBUTION_LABELS } from "@/lib/quotes/labels";
import { prerenderingBuild } from "@/lib/env";

export const metadata = pageMetadata({
  title: "Codebook",
  description:
    "The dimensions and positions statements on ending the Korean War are coded with, and their definitions.",
  path: paths.codebook(),
});

export default async function CodebookPage() {
  if (prerenderingBuild()) return null; // no database during `next build` (app/(public)/layout.tsx)
  const dimensions = await getCodebook();
  return (
    <div className="max-w-3xl space-y-10">
      <section>
        <h1 className="text-2xl font-semibold">Codebook</h1>
        <p className="mt-2 text-slate-700">
          Editors code each statement with a position on one or more dimensions. A country&apos;s position record is
          their judgement of where a government stands over a period, citing the statements that support it.
        </p>
      </section>
      {dimensions.map((dimension) => (
        <section
          key={dimension.key}
          id={dimension.key}
          aria-labelledby={`${dimension.key}-heading`}
          className="scroll-mt-4"
        >
          <h2 id={`${dimension.key}-heading`} className="text-xl font-semibold">
            {dimension.label}
            {dimension.retired ? <span className="ml-2 text-sm font-normal text-slate-600">(retired)</span> : null}
          </h2>
          <p className="mt-1 text-slate-700">{dimension.definition}</p>
          <dl className="mt-3 space-y-3">
            {dimension.positions.map((position) => (
              <div key={position.key}>
                <dt className="flex items-center gap-2 font-medium">
                  <span
                    aria-hidden="true"
                    className="inline-block size-3 rounded-full"
                    style={{ backgroundColor: position.color }}
                  />
                  <Link href={paths.position(dimension.key, position.key)} className="underline">
                    {position.label}
                  </Link>
                  {position.retired ? <span className="text-sm font-normal text-slate-600">(retired)</span> : null}
                </dt>
                <dd className="ml-5 text-sm text-slate-700">{position.definition}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <section aria-labelledby="attribution-heading">
        <h2 id="attribution-heading" className="text-xl font-semibold">
          Who is speaking
        </h2>
        <p className="mt-1 text-slate-700">
          A statement belongs to its speaker and, through the role they held that day, to a country. How it is
          attributed is recorded, because it weighs differently. An analyst&apos;s statement can be about a
          country&apos;s position; it never counts as that country&apos;s own statement.
        </p>
        <ul className="mt-2 list-disc pl-5 text-sm">
          {Object.values(ATTRIBUTION_LABELS).map((label) => (
            <li key={label}>{label}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
