// /admin/agreement — inter-coder agreement of the double-coded articles, overall, per coder pair and per
// quarter; each disagreement count opens the units behind it.
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getAgreementReport } from "@/lib/agreement/queries";
import { AgreementTable } from "@/components/agreement-table";
import { NotAllowed } from "../_components/not-allowed";
import { AgreementIntro } from "./_components/agreement-intro";

export const metadata: Metadata = { title: "Agreement" };

const drill = (extra: Record<string, string>) => (variable: string) =>
  `/admin/agreement/disagreements?${new URLSearchParams({ variable, ...extra })}`;

export default async function AgreementPage() {
  const user = await requireUser();
  if (!can(user, "agreement.read")) return <NotAllowed what="inter-coder agreement" />;
  const report = await getAgreementReport(user);
  return (
    <main>
      <h1 className="text-2xl font-semibold">Inter-coder agreement</h1>
      <AgreementIntro articles={report.articles} coders={report.coders} />
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
