import { getCodebook } from "@/lib/codebook/public";
import { pageMetadata } from "@/lib/public-metadata";
import { paths } from "@/lib/public-routes";
import { prerenderingBuild } from "@/lib/env";
import { AttributionKinds } from "./_components/attribution-kinds";
import { CodebookDimension } from "./_components/codebook-dimension";

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
        <CodebookDimension key={dimension.key} dimension={dimension} />
      ))}
      <AttributionKinds />
    </div>
  );
}
