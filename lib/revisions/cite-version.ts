// "Cite this" for a country stance record or an article kept by the tracker: the citation names the version read,
// whose permalink keeps showing that content after later corrections. Pure.
import { formatDate } from "@/lib/dates";

const SITE = "Ending the Korean War — stance tracker";

export interface CitableVersion {
  /** What is cited, as a reader names it: "South Korea on the instrument: declaration, 2018-04-27 – now". */
  title: string;
  kind: "country stance record" | "article text";
  id: number;
  version: number;
}

export function citeVersion(cited: CitableVersion, permalink: string, accessed: Date): string {
  return `${cited.title}. ${SITE}, ${cited.kind} ${cited.id}, version ${cited.version}, ${permalink} (accessed ${formatDate(accessed)}).`;
}
