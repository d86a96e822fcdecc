// The editors' country stance records for the demo: one position per country and dimension over a period,
// citing the demo quotes (by key) that support it.
//
// Periods: a record starts at its earliest evidence and runs to the day before the country's next record on
// the same dimension, or stays open. Where the evidence is an analyst's reading, the summary says so, because
// an analyst's quote is never the country's own statement.
import type { CountryStanceSeed } from "../country-stances";

export interface DemoCountryStance extends Omit<CountryStanceSeed, "evidenceQuoteIds"> {
  /** Keys of quotes in demo/quotes.ts. */
  evidence: string[];
}

export const DEMO_COUNTRY_STANCES: DemoCountryStance[] = [
  // ── China: a treaty, then within weeks a declaration ──
  {
    country: "CN",
    dimension: "instrument",
    position: "treaty",
    validFrom: "2018-07-01",
    validTo: "2018-07-30",
    summary:
      "In July 2018 China favored a peace treaty over an end-of-war declaration, because a treaty would bind all sides (Chosun Ilbo, 31 July 2018).",
    evidence: ["chosun-china-treaty"],
  },
  {
    country: "CN",
    dimension: "instrument",
    position: "declaration",
    validFrom: "2018-07-31",
    summary:
      "By the end of July 2018 North Korea had convinced China to back a declaration. In 2021 Beijing told Seoul it supports the declaration: Wang Yi's meeting with Chung Eui-yong in Rome (as a South Korean official relayed it) and Yang Jiechi on record in Tianjin.",
    evidence: [
      "chosun-china-declaration",
      "hankyoreh-mofa-official-china-supports",
      "scmp2021-embassy-backs",
      "scmp2021-yang-supports",
    ],
  },
  {
    country: "CN",
    dimension: "parties",
    position: "four_party",
    validFrom: "2019-01-17",
    summary:
      "From early 2019 China wanted a part in the peace process rather than being sidelined, as analysts read Kong Xuanyou's talks in Seoul; China's own statements stress cooperation with Seoul but do not name the parties to a declaration.",
    evidence: ["scmp2019-ryo-relevant", "scmp2019-kong-communicate"],
  },
  {
    country: "CN",
    dimension: "sequencing",
    position: "action_for_action",
    validFrom: "2019-01-17",
    summary:
      "In January 2019 China was, in an analyst's reading, sympathetic to North Korea's action-for-action approach to denuclearization. No Chinese official statement on sequencing in the corpus.",
    evidence: ["scmp2019-zhang-action-for-action"],
  },

  // ── South Korea ──
  {
    country: "KR",
    dimension: "instrument",
    position: "declaration",
    validFrom: "2018-07-31",
    summary:
      "The Moon government pushed for an early end-of-war declaration from 2018 to the end of its term, in 2021 framing it as a step toward a lasting peace agreement.",
    evidence: [
      "chosun-kr-early-declaration",
      "yonhap-moon-admin-restart",
      "yonhap-chung-final-stages",
      "scmp2021-seoul-lasting-peace",
    ],
  },
  {
    country: "KR",
    dimension: "sequencing",
    position: "declaration_first",
    validFrom: "2018-07-31",
    summary:
      "Seoul wants the declaration first, to encourage North Korea to denuclearize and to restart the stalled denuclearization talks.",
    evidence: ["chosun-kr-early-declaration", "yonhap-moon-admin-restart", "scmp2021-seoul-lasting-peace"],
  },
  {
    country: "KR",
    dimension: "parties",
    position: "trilateral",
    // The article dates this only as "2018"; the period starts at the Panmunjom Declaration (27 April 2018),
    // which first proposed three- or four-party talks on ending the war.
    validFrom: "2018-04-27",
    validTo: "2019-01-16",
    summary:
      "In 2018 Seoul was ready to declare the end of the war with the U.S. and North Korea without China; Moon backed a three-way summit with Trump and Kim Jong-un.",
    evidence: ["scmp2019-moon-trilateral", "scmp2019-washington-seoul-without-china"],
  },
  {
    country: "KR",
    dimension: "parties",
    position: "four_party",
    validFrom: "2019-01-17",
    summary:
      "From January 2019 Seoul sought China's involvement from the start of the peace process, in experts' reading of the Kong–Lee talks in Seoul.",
    evidence: ["scmp2019-experts-include-china", "scmp2019-lee-work-together"],
  },

  // ── United States ──
  {
    country: "US",
    dimension: "sequencing",
    position: "denuclearization_first",
    validFrom: "2018-07-31",
    validTo: "2021-10-25",
    summary:
      "In 2018 the U.S. demanded that North Korea take fundamental steps toward denuclearization first, including a declaration of its nuclear arsenal.",
    evidence: ["chosun-us-denuclearization-first"],
  },
  {
    country: "US",
    dimension: "sequencing",
    position: "conditions_unspecified",
    validFrom: "2021-10-26",
    summary:
      "In October 2021 Jake Sullivan said Washington and Seoul may have somewhat different perspectives on the precise sequence, timing or conditions for different steps, without choosing one.",
    evidence: ["yonhap-sullivan-sequence", "hankyoreh-sullivan-productive", "scmp2021-sullivan-perspectives"],
  },

  // ── North Korea ──
  {
    country: "KP",
    dimension: "instrument",
    position: "declaration",
    validFrom: "2018-07-31",
    validTo: "2021-12-02",
    summary: "In 2018 North Korea sought an end-of-war declaration and asked China for help in pursuing it.",
    evidence: ["chosun-source-nk-asked"],
  },
  {
    country: "KP",
    dimension: "instrument",
    position: "against_now",
    validFrom: "2021-12-03",
    summary:
      'By late 2021 North Korea said it would reject any proposal from the South while the U.S. keeps its "hostile policy".',
    evidence: ["scmp2021-nk-hostile-policy"],
  },
  {
    country: "KP",
    dimension: "sequencing",
    position: "hostile_policy_first",
    validFrom: "2021-12-03",
    summary: 'North Korea demands that the U.S. withdraw its "hostile policy" before any declaration.',
    evidence: ["scmp2021-nk-hostile-policy"],
  },
];
