// The position's name in its colour, its dimension in the codebook, its definition, and whether it is retired.
import Link from "next/link";
import type { PositionWithDimension } from "@/lib/codebook/public";
import { paths } from "@/lib/public-routes";

export function PositionHeading({ position }: { position: PositionWithDimension }) {
  return (
    <section>
      <p className="text-sm text-slate-600">
        <Link href={`${paths.codebook()}#${position.dimension.key}`} className="underline">
          Codebook
        </Link>{" "}
        · {position.dimension.label}
      </p>
      <h1 className="mt-1 flex flex-wrap items-center gap-2 text-2xl font-semibold">
        <span
          aria-hidden="true"
          className="inline-block size-4 rounded-full"
          style={{ backgroundColor: position.color }}
        />
        {position.label}
      </h1>
      <p className="mt-2 max-w-prose text-slate-700">{position.definition}</p>
      {position.retired ? <p className="mt-1 text-sm text-slate-600">Retired: no longer used for new coding.</p> : null}
    </section>
  );
}
