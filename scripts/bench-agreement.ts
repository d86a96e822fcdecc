// npm run bench:agreement — times the agreement statistics (units, alpha and span F1 with their 1,000-resample
// bootstrap intervals) on synthetic double codings of N articles (default 200 × 10 quotes per coder), the CPU
// work behind /reliability and /admin/agreement when their cache is cold. Pure: no database. Prints p50 over 5 runs.
import { reliabilityUnits, type CodedQuote, type DoubleCodedArticle } from "@/lib/agreement/units";
import { agreementOf, groupsBy } from "@/lib/agreement/summary";

const articlesWanted = Number(process.argv[2] ?? 200);
const pick = <T>(values: T[], index: number): T => values[index % values.length] as T;

function quote(id: number, index: number, second: boolean): CodedQuote {
  // The second coder departs from the first on every 5th attribution and every 4th position.
  const drift = (every: number) => (second && index % every === 0 ? 1 : 0);
  return {
    id,
    start: index * 100 + (second ? 3 : 0),
    end: index * 100 + 50,
    text: "",
    attribution: pick(["on_record", "reported", "official_statement", "analyst"], index + drift(5)),
    speaker: `person:${index % 7}`,
    speakerName: "",
    speakerCountry: pick(["CN", "KR", "US", "KP"], index),
    stances: [
      { dimension: "instrument", position: pick(["treaty", "declaration", "unclear"], index + drift(4)), holder: "CN" },
      { dimension: "sequencing", position: pick(["declaration_first", "denuclearization_first"], index), holder: "US" },
    ],
  };
}

const articles: DoubleCodedArticle[] = Array.from({ length: articlesWanted }, (_, k) => ({
  codingId: k + 1,
  articleId: k + 1,
  pair: `C${(k % 3) + 1} & C4`,
  quarter: `2026-Q${(k % 4) + 1}`,
  a: Array.from({ length: 10 }, (_, i) => quote(k * 100 + i, i, false)),
  b: Array.from({ length: 10 }, (_, i) => quote(k * 100 + 50 + i, i, true)),
}));
const variables = ["attribution", "speaker", "speakerCountry", "holder", "position:instrument", "position:sequencing"];

const times: number[] = [];
for (let run = 0; run < 5; run++) {
  const started = performance.now();
  const { units, spans } = reliabilityUnits(articles);
  agreementOf(units, spans, variables);
  for (const key of ["pair", "quarter"] as const)
    for (const group of groupsBy(units, spans, key)) agreementOf(group.units, group.spans, variables);
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
console.log(`${articlesWanted} double-coded articles: full report p50 ${Math.round(times[2] ?? 0)} ms (5 runs)`);
