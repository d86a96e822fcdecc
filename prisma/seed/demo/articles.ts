// The five demo articles: their outlets, and their metadata read from corpus/articles.json next to the texts.
// The texts are copied byte-for-byte from the research corpus, because quote offsets index into them.
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import type { ArticleSeed } from "../articles";
import type { OutletSeed } from "../outlets";

const CORPUS_DIR = fileURLToPath(new URL("../corpus/", import.meta.url));

export const DEMO_OUTLETS: OutletSeed[] = [
  { name: "Chosun Ilbo", website: "https://www.chosun.com", country: "KR" },
  // A Hong Kong paper. Hong Kong is not a state that holds stances here, and filing the outlet under CN would
  // suggest it speaks for Beijing, so the country stays empty.
  { name: "South China Morning Post", website: "https://www.scmp.com", country: null },
  { name: "Yonhap (via The Korea Herald)", website: "https://www.koreaherald.com", country: "KR" },
  { name: "The Hankyoreh", website: "https://english.hani.co.kr", country: "KR" },
];

/** One entry of corpus/articles.json. */
interface CorpusEntry {
  file: string;
  title: string;
  outlet: string;
  author: string | null;
  /** An ISO date, or a date-time with the outlet's offset ("2018-07-31T10:27:00+09:00"). */
  publishedAt: string;
  url: string | null;
}

export interface DemoArticle extends Omit<ArticleSeed, "outletId"> {
  /** The corpus file name; quotes name their article by it. */
  file: string;
  outlet: string;
}

export function readDemoArticles(): DemoArticle[] {
  const entries = JSON.parse(fs.readFileSync(`${CORPUS_DIR}articles.json`, "utf8")) as CorpusEntry[];
  return entries.map((entry) => ({
    file: entry.file,
    outlet: entry.outlet,
    title: entry.title,
    author: entry.author,
    url: entry.url,
    // The date as printed at the outlet, in its own time zone: the date part, never converted to UTC.
    publishedOn: entry.publishedAt.slice(0, 10),
    body: fs.readFileSync(`${CORPUS_DIR}${entry.file}`, "utf8"),
    language: "en",
    status: "published",
  }));
}
