// One dimension of the codebook: its definition and each position (its colour, its page, its definition).
import Link from "next/link";
import type { DimensionDto } from "@/lib/codebook/public";
import { paths } from "@/lib/public-routes";

export function CodebookDimension({ dimension }: { dimension: DimensionDto }) {
  return (
    <section id={dimension.key} aria-labelledby={`${dimension.key}-heading`} className="scroll-mt-4">
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
  );
}
