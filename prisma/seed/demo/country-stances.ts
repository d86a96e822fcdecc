// The editors' country stance records for the demo: one position per country and dimension over a period,
// citing the demo quotes (by key) that support it.
//
// Coding rule 10 (CODEBOOK.md, rules 1.1): a record cites at least one stance of that country on that dimension
// that is not an analyst's, and its period starts no later than its first evidence and ends no earlier than its
// last. An open end means "still held": the public pages show "last evidence on …" when that is over 12 months old.
// Changes made for rules 1.1 (issue #12), each marked "rules 1.1" where it is made:
// - removed, resting on analysts only: China "two Koreas + US + China" and "action for action", South Korea
//   "two Koreas + US + China";
// - periods bounded by their evidence: China "treaty" ends after its 31 July 2018 evidence; North Korea
//   "declaration" and U.S. "denuclearization first" end at their 2018 evidence instead of running to the next
//   record in 2021.
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
    // Rules 1.1, rule 10: ends no earlier than its evidence of 31 July 2018 (it ended on 30 July).
    validTo: "2018-07-31",
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
  // Rules 1.1, rule 10: China "two Koreas + US + China" (parties) and "action for action" (sequencing) are gone:
  // their only stances were analysts' readings (Ryo Hinata-Yamaguchi, Zhang Baohui), and Kong Xuanyou's statement
  // cited with the first takes no position.

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
  // Rules 1.1, rule 10: South Korea "two Koreas + US + China" is gone: its evidence was the experts' reading of the
  // Kong–Lee talks (analysts) and Lee Do-hoon's statement, which takes no position on the parties.

  // ── United States ──
  {
    country: "US",
    dimension: "sequencing",
    position: "denuclearization_first",
    validFrom: "2018-07-31",
    // Rules 1.1, rule 10: ends at its 2018 evidence (it ran to the day before Sullivan's remark of October 2021).
    validTo: "2018-07-31",
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
    // Rules 1.1, rule 10: ends at its 2018 evidence (it ran to the day before the 2021 record).
    validTo: "2018-07-31",
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
