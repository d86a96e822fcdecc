// The demo's coded quotes, as a careful editor following CODEBOOK.md and its coding rules 1.1 would code them.
// Each quote is its exact text in the article; the seed stops if the text is not there. Dates are the day of the
// statement, which the text often gives as a weekday ("on Thursday") relative to the article's date; a statement the
// text does not date gets the article's date, marked "reported on" (rule 8: `statedOn` left out).
//
// Speakers (rule 6): a named person by slug (their country comes from their role on `statedOn`); an organization;
// for `reported` summaries the article's outlet, with the label of the government whose view is summarized kept as
// the record of what was coded before; or an unnamed source described as the text does.
//
// Changes made for coding rules 1.1 (issue #12), each marked "rules 1.1" where it is made:
// - rule 8: "In 2018, Washington and Seoul signalled…" and "Moon Jae-in last year indicated…" are 2018 statements
//   (year precision), no longer the article's day with a note.
// - rule 5: Ryo Hinata-Yamaguchi's "China definitely would want to be relevant…" carries no parties stance.
// - rule 7: "North Korea asked for help…" (a source in Seoul) has no speaker country.
// - rule 6: Wang Yi's quotes from the Chinese Foreign Ministry's readout are `on_record`.
// - rule 9: the three reports of Sullivan's remark are one statement, and so are the two of Yang Jiechi's message
//   (the embassy's report of it is Yang's statement, on record, relayed through the embassy).
// - rule 1: the context statements are coded: the State Department's statement and Choi Jong-kun (Yonhap 2021),
//   MOFA's Saturday readout of Chung and Wang (Hankyoreh 2021); Kong Xuanyou and Lee Do-hoon (SCMP 2019) were
//   already coded and are now dated by the text ("on Thursday"), not "reported on".
import type { QuoteSeed } from "../quotes";

export interface DemoQuote extends Omit<QuoteSeed, "articleId" | "speakerId"> {
  /** How country stance records cite this quote. */
  key: string;
  /** The corpus file name of the article. */
  article: string;
  /** Slug of the speaking person. */
  speaker?: string;
  /** Quotes with the same key here are reports of one statement (coding rule 9). */
  statement?: string;
}

const CHOSUN_2018 = "2018-07-31-chosun-behind-the-scenes-talks.txt";
const SCMP_2019 = "2019-01-17-scmp-china-south-korea-permanent-peace.txt";
const YONHAP_2021 = "2021-10-27-yonhap-choi-sherman-talks.txt";
const HANKYOREH_2021 = "2021-11-01-hankyoreh-chung-blinken-rome.txt";
const SCMP_2021 = "2021-12-03-scmp-china-backs-declaration.txt";

// Sullivan's remark that all three 2021 articles report: White House briefing, Tuesday 26 October 2021.
const SULLIVAN_BRIEFING = "2021-10-26";
const CONDITIONS_UNSPECIFIED = { dimension: "sequencing", position: "conditions_unspecified" };
const SULLIVAN_STATEMENT = "sullivan-2021-10-26";
// Yang Jiechi's message to Suh Hoon in Tianjin, 2 December 2021.
const YANG_STATEMENT = "yang-2021-12-02";
// Speaking organizations (rule 6).
const MOFA = { name: "South Korean Ministry of Foreign Affairs", country: "KR" };
const STATE_DEPARTMENT = { name: "U.S. Department of State", country: "US" };

export const DEMO_QUOTES: DemoQuote[] = [
  // ── Chosun Ilbo, 2018-07-31: every statement is undated ("this month"), so the article's date stands. ──
  {
    key: "chosun-source-nk-asked",
    article: CHOSUN_2018,
    status: "published",
    text: "North Korea asked for help in its pursuit of a declaration ending the war.",
    // Rules 1.1, rule 7: a source described only by place ("a source in Seoul") has no country. Before, it was
    // taken as a South Korean government source.
    speakerLabel: "A source in Seoul",
    speakerCountry: null,
    attribution: "anonymous_source",
    stances: [{ dimension: "instrument", position: "declaration", holder: "KP" }],
  },
  {
    key: "chosun-china-treaty",
    article: CHOSUN_2018,
    status: "published",
    text: "China favors a peace treaty instead because that will be legally binding on all sides.",
    speakerLabel: "The Chinese government",
    speakerCountry: "CN",
    attribution: "reported",
    stances: [{ dimension: "instrument", position: "treaty" }],
  },
  {
    key: "chosun-china-declaration",
    article: CHOSUN_2018,
    status: "published",
    text: "North Korea convinced China to back a declaration, which is more practical over the short term, to guarantee the survival of the regime.",
    speakerLabel: "The Chinese government",
    speakerCountry: "CN",
    attribution: "reported",
    stances: [{ dimension: "instrument", position: "declaration" }],
  },
  {
    key: "chosun-kr-early-declaration",
    article: CHOSUN_2018,
    status: "published",
    text: "The South Korean government wants an early declaration to encourage North Korea to denuclearize.",
    speakerLabel: "The South Korean government",
    speakerCountry: "KR",
    attribution: "reported",
    stances: [
      { dimension: "sequencing", position: "declaration_first" },
      { dimension: "instrument", position: "declaration" },
    ],
  },
  {
    key: "chosun-us-denuclearization-first",
    article: CHOSUN_2018,
    status: "published",
    text: "the U.S. continues to demand that North Korea take fundamental steps toward denuclearization first, including submitting details of its nuclear arsenal.",
    speakerLabel: "The U.S. government",
    speakerCountry: "US",
    attribution: "reported",
    stances: [{ dimension: "sequencing", position: "denuclearization_first" }],
  },
  {
    key: "chosun-diplomatic-source",
    article: CHOSUN_2018,
    status: "in_review",
    text: "China is concerned that it may be held responsible for delaying North Korea's denuclearization if it spearheads the issue of declaring an end to the Korean War.",
    // The article does not say whose diplomat this is.
    speakerLabel: "One diplomatic source",
    speakerCountry: null,
    attribution: "anonymous_source",
  },
  {
    key: "chosun-shin-china-interests",
    article: CHOSUN_2018,
    status: "published",
    text: "If China participates in the declaration, it will have to raise issues concerning its own interests like the South Korea-U.S. alliance or American troop presence in the South.",
    speaker: "shin-beom-chul",
    attribution: "analyst",
  },
  {
    key: "chosun-shin-us-bilateral",
    article: CHOSUN_2018,
    status: "published",
    text: "That would complicate matters, so the U.S. would probably prefer a bilateral declaration with North Korea.",
    speaker: "shin-beom-chul",
    attribution: "analyst",
    stances: [{ dimension: "parties", position: "us_dprk", holder: "US" }],
  },

  // ── South China Morning Post, 2019-01-17: Kong and Lee met in Seoul "on Thursday", the article's date. ──
  {
    key: "scmp2019-kong-communicate",
    article: SCMP_2019,
    status: "published",
    text: "The Chinese side will communicate strategically with the South Korean side on Korean peninsula matters, and we will proceed together [with the South Koreans] for the progression of a diplomatic solution to the peninsula situation",
    speaker: "kong-xuanyou",
    attribution: "on_record",
    // Rule 1: context from a government actor on the record about the talks. Said "on Thursday", the article's day.
    statedOn: "2019-01-17",
  },
  {
    key: "scmp2019-lee-work-together",
    article: SCMP_2019,
    status: "published",
    text: "South Korea and China need to work together closely to ensure the momentum of the dialogue continues to grow this year. We need to gather wisdom for the complete denuclearisation and permanent settlement of peace on the Korean peninsula",
    speaker: "lee-do-hoon",
    attribution: "on_record",
    // Rule 1: context, as Kong's. Said "on Thursday", the article's day.
    statedOn: "2019-01-17",
  },
  {
    key: "scmp2019-experts-include-china",
    article: SCMP_2019,
    status: "published",
    text: "the meeting suggested a diplomatic shift by Seoul to include China from the beginning of the peace process, after it appeared last year Beijing would be sidelined entirely from the negotiations.",
    speakerLabel: "Experts",
    speakerCountry: null,
    attribution: "analyst",
    stances: [{ dimension: "parties", position: "four_party", holder: "KR" }],
  },
  {
    key: "scmp2019-washington-seoul-without-china",
    article: SCMP_2019,
    status: "published",
    text: "In 2018, Washington and Seoul signalled they may proceed to the declaration of an official end to the Korean war without China’s involvement.",
    // Two governments summarized at once: no single speaker country, one stance for each.
    speakerLabel: "The U.S. and South Korean governments",
    speakerCountry: null,
    attribution: "reported",
    // Rules 1.1, rule 8: a 2018 statement, to the year. Before, the article's day with a note saying so.
    statedOn: "2018",
    statedOnPrecision: "year",
    stances: [
      { dimension: "parties", position: "trilateral", holder: "US" },
      { dimension: "parties", position: "trilateral", holder: "KR" },
    ],
  },
  {
    key: "scmp2019-moon-trilateral",
    article: SCMP_2019,
    status: "published",
    text: "South Korean leader Moon Jae-in last year indicated his support for a trilateral summit with US President Donald Trump and North Korea’s Kim Jong-un if their talks led to progress on an end-of-war declaration.",
    speaker: "moon-jae-in",
    attribution: "reported",
    // Rules 1.1, rule 8: "last year" in a 2019 article is 2018, to the year. Before, the article's day with a note.
    statedOn: "2018",
    statedOnPrecision: "year",
    stances: [{ dimension: "parties", position: "trilateral" }],
  },
  {
    key: "scmp2019-zhang-action-for-action",
    article: SCMP_2019,
    status: "published",
    text: "China and South Korea are more sympathetic toward North Korea’s action-for-action approach for denuclearisation.",
    speaker: "zhang-baohui",
    attribution: "analyst",
    stances: [
      { dimension: "sequencing", position: "action_for_action", holder: "CN" },
      { dimension: "sequencing", position: "action_for_action", holder: "KR" },
      { dimension: "sequencing", position: "action_for_action", holder: "KP" },
    ],
  },
  {
    key: "scmp2019-ryo-relevant",
    article: SCMP_2019,
    status: "published",
    text: "China definitely would want to be relevant and ensure the denuclearisation process was not centred on the US and Republic of Korea.",
    speaker: "ryo-hinata-yamaguchi",
    attribution: "analyst",
    // Rules 1.1, rule 5: being relevant to "the denuclearisation process" is not who should sign a declaration, so
    // no parties stance (it was four_party for China). Rule 1 would skip an analyst's context; it stays because
    // it is published and cited by nothing.
  },
  {
    key: "scmp2019-xi-constructive-role",
    article: SCMP_2019,
    status: "draft",
    text: "a positive and constructive role in maintaining peace and stability",
    // "during his summit with Kim in Beijing last week": the Xi–Kim talks of 8 January 2019.
    speaker: "xi-jinping",
    attribution: "on_record",
    statedOn: "2019-01-08",
  },

  // ── Yonhap, 2021-10-27 (a Wednesday): the talks were on Tuesday the 26th. ──
  {
    key: "yonhap-mofa-press-release",
    article: YONHAP_2021,
    status: "published",
    text: "The vice ministers assessed seamless communications and coordination under way at all levels on ways to make progress in the Korea peace process, including the end-of-war declaration, and agreed to continue consultations on practical measures to bring North Korea to the dialogue table",
    speakerOrganization: MOFA,
    speakerLabel: "South Korean Ministry of Foreign Affairs",
    speakerCountry: "KR",
    attribution: "official_statement",
    // "said Wednesday": the article's day, given by the text.
    statedOn: "2021-10-27",
  },
  {
    key: "yonhap-moon-admin-restart",
    article: YONHAP_2021,
    status: "published",
    text: "The liberal Moon Jae-in administration of South Korea says such a declaration, if issued, will help restart denuclearization negotiations with North Korea, which have stalled since 2019.",
    speakerLabel: "The South Korean government",
    speakerCountry: "KR",
    attribution: "reported",
    stances: [
      { dimension: "instrument", position: "declaration" },
      { dimension: "sequencing", position: "declaration_first" },
    ],
  },
  {
    key: "yonhap-sullivan-sequence",
    article: YONHAP_2021,
    status: "published",
    text: 'the two sides may differ "on the precise sequence or timing or conditions for different steps"',
    speaker: "jake-sullivan",
    attribution: "on_record",
    statedOn: SULLIVAN_BRIEFING,
    // Rules 1.1, rule 9: one statement, reported by all three 2021 articles. Before, three statements.
    statement: SULLIVAN_STATEMENT,
    stances: [CONDITIONS_UNSPECIFIED],
  },
  {
    key: "yonhap-state-department-denuclearization",
    article: YONHAP_2021,
    status: "published",
    text: "shared commitment to the complete denuclearization of the Korean peninsula",
    // Rules 1.1, rule 1: the State Department's statement on the talks, official context (no stance: it does not
    // name the declaration, rule 4). Released after Tuesday's meeting.
    speakerOrganization: STATE_DEPARTMENT,
    speakerCountry: "US",
    attribution: "official_statement",
    statedOn: "2021-10-26",
  },
  {
    key: "yonhap-choi-good-results",
    article: YONHAP_2021,
    status: "published",
    text: 'he expects "good results" from discussions with the US in the not too distant future',
    // Rules 1.1, rule 1: Choi Jong-kun on record about the talks on the declaration, context. "On Sunday": 24 October.
    speaker: "choi-jong-kun",
    attribution: "on_record",
    statedOn: "2021-10-24",
  },
  {
    key: "yonhap-chung-final-stages",
    article: YONHAP_2021,
    status: "published",
    text: "the allies' coordination over the declaration was in its final stages",
    // "On Thursday": 21 October 2021. Chung is foreign minister by then, so the quote resolves to South Korea.
    speaker: "chung-eui-yong",
    attribution: "on_record",
    statedOn: "2021-10-21",
    stances: [{ dimension: "instrument", position: "declaration" }],
  },

  // ── The Hankyoreh, 2021-11-01 (a Monday): Chung met Blinken on Sunday the 31st and Wang Yi on Friday the 29th. ──
  {
    key: "hankyoreh-mofa-serious-discussions",
    article: HANKYOREH_2021,
    status: "published",
    // The phrase opens the article too; the second occurrence is the press release itself.
    text: "serious discussions",
    occurrence: 1,
    speakerOrganization: MOFA,
    speakerLabel: "South Korean Ministry of Foreign Affairs",
    speakerCountry: "KR",
    attribution: "official_statement",
    statedOn: "2021-10-31",
  },
  {
    key: "hankyoreh-sullivan-productive",
    article: HANKYOREH_2021,
    status: "published",
    text: "South Korea-US discussions on an end-of-war declaration had been “very productive” and “constructive,” although he alluded to the two sides having “somewhat different perspectives on the precise sequence or timing or conditions for different steps.”",
    speaker: "jake-sullivan",
    attribution: "on_record",
    statedOn: SULLIVAN_BRIEFING,
    statement: SULLIVAN_STATEMENT, // rules 1.1, rule 9: the second report of Sullivan's remark
    stances: [CONDITIONS_UNSPECIFIED],
  },
  {
    key: "hankyoreh-mofa-official-share-view",
    article: HANKYOREH_2021,
    status: "in_review",
    text: "Both sides share the view that we should pursue this opportunity to resume dialogue with North Korea",
    speakerLabel: "A senior MOFA official",
    speakerCountry: "KR",
    attribution: "anonymous_source",
  },
  {
    key: "hankyoreh-price-denuclearization",
    article: HANKYOREH_2021,
    status: "published",
    text: "underscored our shared commitment to the complete denuclearization of the Korean Peninsula.",
    speaker: "ned-price",
    attribution: "official_statement",
    statedOn: "2021-10-31",
  },
  {
    key: "hankyoreh-mofa-chung-wang-readout",
    article: HANKYOREH_2021,
    status: "published",
    text: "had a frank and in-depth exchange of views on areas of cooperation toward quickly resuming the Korean Peninsula peace process, including the matter of an end-of-war declaration as it pertains to the Korean Peninsula political situation.",
    // Rules 1.1, rule 1: MOFA's Saturday readout of Chung's meeting with Wang, official context about the talks on
    // the declaration; it reports an exchange of views and states no position of its own.
    speakerOrganization: MOFA,
    speakerCountry: "KR",
    attribution: "official_statement",
    statedOn: "2021-10-30",
  },
  {
    key: "hankyoreh-wang-relations",
    article: HANKYOREH_2021,
    status: "published",
    text: "China supports the ROK and the Democratic People's Republic of Korea (DPRK) in improving and developing relations, and is also glad to see the DPRK and the United States restart dialogue in due time.",
    // Rules 1.1, rule 6: a named official quoted through a readout is `on_record` (it was `official_statement`,
    // because it is known only from the Chinese Foreign Ministry's readout).
    speaker: "wang-yi",
    attribution: "on_record",
    statedOn: "2021-10-29",
  },
  {
    key: "hankyoreh-wang-all-efforts",
    article: HANKYOREH_2021,
    status: "in_review",
    text: "China supports all the efforts and proposals that can help advance the political settlement of the Korean Peninsula issue, and will continue to play a constructive role in maintaining peace and stability of the Peninsula and the region",
    speaker: "wang-yi",
    attribution: "on_record", // rules 1.1, rule 6, as the quote before
    statedOn: "2021-10-29",
    // Said in a meeting about the declaration, without naming it: "unclear" rather than "declaration".
    stances: [{ dimension: "instrument", position: "unclear" }],
  },
  {
    key: "hankyoreh-mofa-official-china-supports",
    article: HANKYOREH_2021,
    status: "published",
    text: "China “expressed that it thinks [an end-of-war declaration] is a good idea and supports it.”",
    // A South Korean official reporting China's view: the speaker is Korean, the stance is China's.
    speakerLabel: "A MOFA official",
    speakerCountry: "KR",
    attribution: "anonymous_source",
    stances: [{ dimension: "instrument", position: "declaration", holder: "CN" }],
  },

  // ── South China Morning Post, 2021-12-03 (a Friday): Yang met Suh in Tianjin on 2 December. ──
  {
    key: "scmp2021-embassy-backs",
    article: SCMP_2021,
    status: "published",
    text: "China’s top diplomat has backed South Korea’s push for the declaration of an end to the 1950-53 Korean war",
    // Rules 1.1, rules 6 and 9: Yang Jiechi's message of 2 December, relayed by South Korea's embassy in Beijing, is
    // Yang's statement on record and the same statement as his quoted words below: one statement, two reports.
    // Before, a separate official statement of the embassy (South Korea) holding China's stance, counted twice.
    speaker: "yang-jiechi",
    attribution: "on_record",
    statedOn: "2021-12-02",
    statement: YANG_STATEMENT,
    stances: [{ dimension: "instrument", position: "declaration" }],
  },
  {
    key: "scmp2021-yang-supports",
    article: SCMP_2021,
    status: "published",
    text: "China supports “the push for the end-of-war declaration and believes that the end-of-war declaration will contribute to promoting peace and stability on the Korean peninsula”",
    speaker: "yang-jiechi",
    attribution: "on_record",
    statedOn: "2021-12-02",
    statement: YANG_STATEMENT, // rules 1.1, rule 9: the second report of Yang's message
    stances: [{ dimension: "instrument", position: "declaration" }],
  },
  {
    key: "scmp2021-seoul-lasting-peace",
    article: SCMP_2021,
    status: "published",
    text: "Seoul sees an “end of war declaration” as a way to build trust with North Korea’s leader Kim Jong-un, restart stalled denuclearisation talks, and eventually move toward a lasting peace agreement.",
    speakerLabel: "The South Korean government",
    speakerCountry: "KR",
    attribution: "reported",
    stances: [
      { dimension: "instrument", position: "declaration_then_treaty" },
      { dimension: "sequencing", position: "declaration_first" },
    ],
  },
  {
    key: "scmp2021-sullivan-perspectives",
    article: SCMP_2021,
    status: "published",
    text: "the two allies might have “somewhat different perspectives on the precise sequence or timing or conditions for different steps”",
    speaker: "jake-sullivan",
    attribution: "on_record",
    statedOn: SULLIVAN_BRIEFING,
    statement: SULLIVAN_STATEMENT, // rules 1.1, rule 9: the third report of Sullivan's remark
    stances: [CONDITIONS_UNSPECIFIED],
  },
  {
    key: "scmp2021-nk-hostile-policy",
    article: SCMP_2021,
    status: "published",
    text: "North Korea, however, said it would reject any proposal by the South unless the United States withdraws its “hostile policy” towards Pyongyang.",
    // Undated in the text ("so far"), so the article's date stands.
    speakerLabel: "The North Korean government",
    speakerCountry: "KP",
    attribution: "reported",
    stances: [
      { dimension: "sequencing", position: "hostile_policy_first" },
      // "reject any proposal … unless": a refusal under present conditions, as the codebook defines against_now.
      { dimension: "instrument", position: "against_now" },
    ],
  },
];
