// Agreement for everyone (/reliability): the same report, coders only by pseudonym. Numbers only: no quote, no
// coder's name, nothing unpublished leaves through it.
import "server-only";
import { buildReport, type AgreementReport } from "./report";

export async function getPublicReliability(): Promise<AgreementReport> {
  const { units: _units, spans: _spans, ...report } = await buildReport();
  return report;
}
