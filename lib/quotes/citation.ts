// "Cite this" for a quote's permanent page: a plain citation and a BibTeX entry. Pure.
import { formatDate, toIsoDay } from "@/lib/dates";

export interface CitableQuote {
  id: number;
  text: string;
  statedOn: Date;
  speakerName: string | null;
  /** The published version cited (1 = first publication): its permalink keeps this text after corrections. */
  version?: number;
  article: { title: string; outlet: string | null; publishedOn: Date; url: string | null };
}

const SITE = "Ending the Korean War — stance tracker";

export function plainCitation(quote: CitableQuote, permalink: string, accessed: Date): string {
  const speaker = quote.speakerName ?? "Unattributed";
  const source = [quote.article.outlet, `“${quote.article.title}”`, formatDate(quote.article.publishedOn)]
    .filter(Boolean)
    .join(", ");
  return `${speaker}, statement of ${formatDate(quote.statedOn)}: “${quote.text}” Quoted in ${source}. ${SITE}, quote ${quote.id}${quote.version ? `, version ${quote.version}` : ""}, ${permalink} (accessed ${formatDate(accessed)}).`;
}

/** Escapes what BibTeX/LaTeX treats specially, so any quote text makes a valid entry. */
export function escapeBibtex(value: string): string {
  return value.replace(/[\\{}&%$#_^~]/g, (char) =>
    char === "\\" ? "\\textbackslash{}" : char === "^" ? "\\^{}" : char === "~" ? "\\~{}" : `\\${char}`,
  );
}

export function bibtexCitation(quote: CitableQuote, permalink: string, accessed: Date): string {
  const fields: [string, string][] = [
    ["author", `{${escapeBibtex(quote.speakerName ?? "Unattributed")}}`],
    ["title", `{${escapeBibtex(quote.text)}}`],
    ["date", `{${toIsoDay(quote.statedOn)}}`],
    ["year", `{${quote.statedOn.getUTCFullYear()}}`],
    [
      "howpublished",
      `{Quoted in ${escapeBibtex([quote.article.outlet, quote.article.title].filter(Boolean).join(", "))}, ${toIsoDay(quote.article.publishedOn)}}`,
    ],
    ["organization", `{${escapeBibtex(SITE)}}`],
    ...(quote.version ? ([["version", `{${quote.version}}`]] as [string, string][]) : []),
    ["url", `{${permalink}}`],
    ["urldate", `{${toIsoDay(accessed)}}`],
  ];
  return `@misc{stance-quote-${quote.id}${quote.version ? `-v${quote.version}` : ""},\n${fields.map(([key, value]) => `  ${key} = ${value}`).join(",\n")}\n}`;
}
