// /reliability — how reliable the coding is: agreement between two coders who coded the same articles on their
// own, per variable, overall, per coder pair (pseudonymous) and per quarter.
import { pageMetadata } from "@/lib/public-metadata";
import { paths } from "@/lib/public-routes";
import { getPublicReliability } from "@/lib/agreement/public";
import { AgreementTable } from "@/components/agreement-table";
import { prerenderingBuild } from "@/lib/env";

export const metadata = pageMetadata({
  title: "Reliability of the coding",
  description: "Agreement between two coders who coded the same articles independently, variable by variable.",
  path: paths.reliability(),
});

export default async function ReliabilityPage() {
  if (prerenderingBuild()) return null; // no database during `next build` (app/(public)/layout.tsx)
  const report = await getPublicReliability();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Reliability of the coding</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        A sample of articles ({report.articles} so far) is coded twice, by two editors who do not see each other&apos;s
        work. Quotes are matched by overlapping spans. Agreement on quote spans is span-overlap F1 (2 × matched quotes ÷
        all quotes marked); every other variable is Krippendorff&apos;s alpha for nominal data over the matched quotes,
        positions with one value per quote and holder. Intervals are 95 % percentile bootstraps over units (1,000
        resamples, fixed seed). Alpha of 0.8 or more is conventionally reliable; 0.667 the lowest for tentative
        conclusions.
      </p>
      {report.articles === 0 ? <p className="text-slate-600">No article has been double-coded yet.</p> : null}
      <AgreementTable caption="All coders" rows={report.overall} variables={report.variables} />
      {report.byPair.map((group) => (
        <AgreementTable
          key={group.key}
          caption={`Coder pair ${group.key}`}
          rows={group.rows}
          variables={report.variables}
        />
      ))}
      {report.byQuarter.map((group) => (
        <AgreementTable
          key={group.key}
          caption={`Quarter ${group.key}`}
          rows={group.rows}
          variables={report.variables}
        />
      ))}
    </div>
  );
}
