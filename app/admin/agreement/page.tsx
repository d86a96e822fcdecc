// /admin/agreement — inter-coder agreement of the double-coded articles, overall, per coder pair and per
// quarter; each disagreement count opens the units behind it.
import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getAgreementReport } from "@/lib/agreement/queries";
import { AgreementTable } from "@/components/agreement-table";
import { NotAllowed } from "../_components/not-allowed";

export const metadata: Metadata = { title: "Agreement" };

const exportHref = (format: "csv" | "jsonl") => `/api/v1/agreement/units?format=${format}`;

const drill = (extra: Record<string, string>) => (variable: string) =>
  `/admin/agreement/disagreements?${new URLSearchParams({ variable, ...extra })}`;

export default async function AgreementPage() {
  const user = await requireUser();
  if (!can(user, "agreement.read")) return <NotAllowed what="inter-coder agreement" />;
  const report = await getAgreementReport(user);
  const names = report.coders.map((coder) => `${coder.pseudonym}: ${coder.name}`).join(", ");
  return (
    <main>
      <h1 className="text-2xl font-semibold">Inter-coder agreement</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        {report.articles} double-coded articles. Coders: {names || "none yet"}. The public sees the same figures without
        names on{" "}
        <Link href="/reliability" className="underline">
          /reliability
        </Link>
        ; researchers can export the units (
        <a href={exportHref("csv")} className="underline">
          CSV
        </a>
        ,{" "}
        <a href={exportHref("jsonl")} className="underline">
          JSONL
        </a>
        ).
      </p>
      <AgreementTable caption="All coders" rows={report.overall} variables={report.variables} drillDown={drill({})} />
      {report.byPair.map((group) => (
        <AgreementTable
          key={group.key}
          caption={`Coder pair ${group.key}`}
          rows={group.rows}
          variables={report.variables}
          drillDown={drill({ pair: group.key })}
        />
      ))}
      {report.byQuarter.map((group) => (
        <AgreementTable
          key={group.key}
          caption={`Quarter ${group.key}`}
          rows={group.rows}
          variables={report.variables}
          drillDown={drill({ quarter: group.key })}
        />
      ))}
    </main>
  );
}
