// The agreement report both pages show: per variable overall, per coder pair and per quarter. Callers check
// permissions (queries.ts for editors, public.ts for everyone); this only computes.
import "server-only";
import { db } from "@/lib/db";
import { agreementOf, groupsBy, SPANS, type VariableAgreement } from "./summary";
import { reliabilityUnits, type ReliabilityUnitRow, type SpanUnitRow } from "./units";
import { loadCompleteCodings } from "./load";

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

type FullReport = AgreementReport & { units: ReliabilityUnitRow[]; spans: SpanUnitRow[] };

// The bootstraps cost seconds once there are hundreds of double-coded articles, and complete codings are frozen:
// the report is kept until a coding completes, a coding quote changes or the codebook's dimensions change.
let cached: { key: string; report: FullReport } | null = null;

async function cacheKey(variables: { key: string; label: string }[]): Promise<string> {
  const [codings, quotes] = await Promise.all([
    db.doubleCoding.aggregate({
      where: { completedAt: { not: null } },
      _count: { _all: true },
      _max: { updatedAt: true },
    }),
    db.quote.aggregate({ where: { codingId: { not: null } }, _count: { _all: true }, _max: { updatedAt: true } }),
  ]);
  return JSON.stringify([codings, quotes, variables]);
}

export async function buildReport(): Promise<FullReport> {
  const variables = await variableLabels();
  const key = await cacheKey(variables);
  if (cached?.key === key) return cached.report;
  const { articles } = await loadCompleteCodings();
  const { units, spans } = reliabilityUnits(articles);
  const alphaVariables = variables.map((variable) => variable.key).filter((key) => key !== SPANS);
  const group = (groups: ReturnType<typeof groupsBy>) =>
    groups.map((g) => ({ key: g.key, rows: agreementOf(g.units, g.spans, alphaVariables) }));
  const report = {
    variables,
    articles: articles.length,
    overall: agreementOf(units, spans, alphaVariables),
    byPair: group(groupsBy(units, spans, "pair")),
    byQuarter: group(groupsBy(units, spans, "quarter")),
    units,
    spans,
  };
  cached = { key, report };
  return report;
}
