// The agreement report both pages show: per variable overall, per coder pair and per quarter. Callers check
// permissions (queries.ts for editors, public.ts for everyone); this only computes.
import "server-only";
import { db } from "@/lib/db";
import { agreementOf, groupsBy, SPANS, type VariableAgreement } from "./summary";
import { reliabilityUnits, type ReliabilityUnitRow, type SpanUnitRow } from "./units";
import { loadCompleteCodings, type LoadedCodings } from "./load";

export interface AgreementGroup {
  key: string;
  rows: VariableAgreement[];
}

export interface AgreementReport {
  /** Every variable in display order, with its label. */
  variables: { key: string; label: string }[];
  articles: number;
  overall: VariableAgreement[];
  byPair: AgreementGroup[];
  byQuarter: AgreementGroup[];
}

const FIXED: Record<string, string> = {
  [SPANS]: "Quote spans (span-overlap F1)",
  attribution: "Attribution kind",
  speaker: "Speaker",
  speakerCountry: "Speaker's country",
  holder: "Holder (whose stance)",
};

export async function variableLabels(): Promise<{ key: string; label: string }[]> {
  const dimensions = await db.dimension.findMany({ orderBy: { sortOrder: "asc" }, select: { key: true, label: true } });
  return [
    ...Object.entries(FIXED).map(([key, label]) => ({ key, label })),
    ...dimensions.map((dimension) => ({ key: `position:${dimension.key}`, label: `Position: ${dimension.label}` })),
  ];
}

export async function buildReport(
  loaded?: LoadedCodings,
): Promise<AgreementReport & { units: ReliabilityUnitRow[]; spans: SpanUnitRow[] }> {
  const { articles } = loaded ?? (await loadCompleteCodings());
  const { units, spans } = reliabilityUnits(articles);
  const variables = await variableLabels();
  const alphaVariables = variables.map((variable) => variable.key).filter((key) => key !== SPANS);
  const group = (groups: ReturnType<typeof groupsBy>) =>
    groups.map((g) => ({ key: g.key, rows: agreementOf(g.units, g.spans, alphaVariables) }));
  return {
    variables,
    articles: articles.length,
    overall: agreementOf(units, spans, alphaVariables),
    byPair: group(groupsBy(units, spans, "pair")),
    byQuarter: group(groupsBy(units, spans, "quarter")),
    units,
    spans,
  };
}
