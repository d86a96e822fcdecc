// Everyone the demo articles name as an actor (reporters are article authors, not people here), with the posts
// they held. A quote's country comes from these roles, so their dates matter: they are the public record.
// Where only the month is known the day is the 1st, marked "(day unsure)"; nothing else is approximated.
import type { PersonSeed } from "../people";

const KR_MOFA = "Ministry of Foreign Affairs of the Republic of Korea";
const KR_PRESIDENT = "Office of the President (Cheong Wa Dae)";
const CN_MFA = "Ministry of Foreign Affairs of the People's Republic of China";
const CPC = "Communist Party of China Central Committee";
const STATE_DEPARTMENT = "U.S. Department of State";
const WHITE_HOUSE = "The White House";

export const DEMO_PEOPLE: PersonSeed[] = [
  // ── South Korea ──
  {
    name: "Chung Eui-yong",
    aliases: [{ name: "정의용", language: "ko" }],
    roles: [
      {
        country: "KR",
        title: "National Security Adviser",
        organization: KR_PRESIDENT,
        startsOn: "2017-05-21",
        endsOn: "2020-07-03",
      },
      // Left when the Yoon government's foreign minister took office in May 2022 (day unsure).
      {
        country: "KR",
        title: "Minister of Foreign Affairs",
        organization: KR_MOFA,
        startsOn: "2021-02-09",
        endsOn: "2022-05-01",
      },
    ],
  },
  {
    name: "Moon Jae-in",
    aliases: [{ name: "문재인", language: "ko" }],
    roles: [
      {
        country: "KR",
        title: "President",
        organization: "Republic of Korea",
        startsOn: "2017-05-10",
        endsOn: "2022-05-09",
      },
    ],
  },
  {
    name: "Suh Hoon",
    aliases: [
      { name: "서훈", language: "ko" },
      { name: "Suh Hun", language: "en" },
    ],
    roles: [
      // Start: June 2017 (day unsure).
      {
        country: "KR",
        title: "Director of the National Intelligence Service",
        organization: "National Intelligence Service",
        startsOn: "2017-06-01",
        endsOn: "2020-07-03",
      },
      {
        country: "KR",
        title: "National Security Adviser",
        organization: KR_PRESIDENT,
        startsOn: "2020-07-03",
        endsOn: "2022-05-09",
      },
    ],
  },
  {
    name: "Choi Jong-kun",
    aliases: [{ name: "최종건", language: "ko" }],
    // Appointed August 2020, left May 2022 (days unsure).
    roles: [
      {
        country: "KR",
        title: "First Vice Minister of Foreign Affairs",
        organization: KR_MOFA,
        startsOn: "2020-08-01",
        endsOn: "2022-05-01",
      },
    ],
  },
  {
    name: "Lee Do-hoon",
    aliases: [{ name: "이도훈", language: "ko" }],
    // September 2017 to September 2020 (days unsure).
    roles: [
      {
        country: "KR",
        title: "Special Representative for Korean Peninsula Peace and Security Affairs",
        organization: KR_MOFA,
        startsOn: "2017-09-01",
        endsOn: "2020-09-01",
      },
    ],
  },

  // ── North Korea ──
  {
    name: "Kim Jong-un",
    aliases: [
      { name: "김정은", language: "ko" },
      { name: "Kim Jong Un", language: "en" },
    ],
    // Succeeded his father in December 2011 (day unsure); the title changed over the years, the role did not.
    roles: [
      { country: "KP", title: "Supreme Leader", organization: "Workers' Party of Korea", startsOn: "2011-12-01" },
    ],
  },
  {
    name: "Kim Yong-chol",
    aliases: [
      { name: "김영철", language: "ko" },
      { name: "Kim Yong Chol", language: "en" },
    ],
    // Elected May 2016 (day unsure). The end is not on record here; null would read as "still held".
    roles: [
      {
        country: "KP",
        title: "Vice-chairman of the Central Committee",
        organization: "Workers' Party of Korea",
        startsOn: "2016-05-01",
      },
    ],
  },
  {
    name: "Ri Yong-ho",
    aliases: [
      { name: "리용호", language: "ko" },
      { name: "Ri Yong Ho", language: "en" },
    ],
    // May 2016 to January 2020 (days unsure).
    roles: [
      {
        country: "KP",
        title: "Minister of Foreign Affairs",
        organization: "Ministry of Foreign Affairs of the DPRK",
        startsOn: "2016-05-01",
        endsOn: "2020-01-01",
      },
    ],
  },

  // ── China ──
  {
    name: "Yang Jiechi",
    aliases: [
      { name: "杨洁篪", language: "zh-Hans" },
      { name: "楊潔篪", language: "zh-Hant" },
    ],
    roles: [
      // The Chosun Ilbo still calls him State Councilor in July 2018; by then he had moved to the Party posts below.
      {
        country: "CN",
        title: "State Councilor",
        organization: "State Council of the People's Republic of China",
        startsOn: "2013-03-16",
        endsOn: "2018-03-19",
      },
      {
        country: "CN",
        title: "Member of the Politburo",
        organization: CPC,
        startsOn: "2017-10-25",
        endsOn: "2022-10-23",
      },
      // The Commission was created in March 2018; Wang Yi took the office over at the turn of 2023 (days unsure).
      {
        country: "CN",
        title: "Director of the Office of the Central Foreign Affairs Commission",
        organization: CPC,
        startsOn: "2018-03-01",
        endsOn: "2023-01-01",
      },
    ],
  },
  {
    name: "Wang Yi",
    aliases: [{ name: "王毅", language: "zh-Hans" }],
    roles: [
      {
        country: "CN",
        title: "Minister of Foreign Affairs",
        organization: CN_MFA,
        startsOn: "2013-03-16",
        endsOn: "2022-12-30",
      },
      {
        country: "CN",
        title: "State Councilor",
        organization: "State Council of the People's Republic of China",
        startsOn: "2018-03-19",
        endsOn: "2023-03-12",
      },
    ],
  },
  {
    name: "Kong Xuanyou",
    aliases: [
      { name: "孔铉佑", language: "zh-Hans" },
      { name: "孔鉉佑", language: "zh-Hant" },
    ],
    // Days unsure throughout; months as reported at the time.
    roles: [
      {
        country: "CN",
        title: "Special Representative on Korean Peninsula Affairs",
        organization: CN_MFA,
        startsOn: "2017-08-01",
        endsOn: "2019-04-01",
      },
      {
        country: "CN",
        title: "Vice Minister of Foreign Affairs",
        organization: CN_MFA,
        startsOn: "2017-11-01",
        endsOn: "2019-04-01",
      },
      {
        country: "CN",
        title: "Ambassador to Japan",
        organization: CN_MFA,
        startsOn: "2019-05-01",
        endsOn: "2023-02-01",
      },
    ],
  },
  {
    name: "Xi Jinping",
    aliases: [
      { name: "习近平", language: "zh-Hans" },
      { name: "習近平", language: "zh-Hant" },
    ],
    roles: [
      { country: "CN", title: "General Secretary", organization: CPC, startsOn: "2012-11-15" },
      { country: "CN", title: "President", organization: "People's Republic of China", startsOn: "2013-03-14" },
    ],
  },

  // ── United States ──
  {
    name: "Antony Blinken",
    aliases: [
      { name: "Tony Blinken", language: "en" },
      { name: "Antony J. Blinken", language: "en" },
    ],
    roles: [
      {
        country: "US",
        title: "Secretary of State",
        organization: STATE_DEPARTMENT,
        startsOn: "2021-01-26",
        endsOn: "2025-01-20",
      },
    ],
  },
  {
    name: "Jake Sullivan",
    aliases: [
      { name: "Jacob Sullivan", language: "en" },
      { name: "Jacob J. Sullivan", language: "en" },
    ],
    roles: [
      {
        country: "US",
        title: "National Security Advisor",
        organization: WHITE_HOUSE,
        startsOn: "2021-01-20",
        endsOn: "2025-01-20",
      },
    ],
  },
  {
    name: "Wendy Sherman",
    aliases: [{ name: "Wendy R. Sherman", language: "en" }],
    roles: [
      {
        country: "US",
        title: "Deputy Secretary of State",
        organization: STATE_DEPARTMENT,
        startsOn: "2021-04-14",
        endsOn: "2023-07-28",
      },
    ],
  },
  {
    name: "Ned Price",
    // Left the podium in March 2023 (day unsure).
    roles: [
      {
        country: "US",
        title: "Department Spokesperson",
        organization: STATE_DEPARTMENT,
        startsOn: "2021-01-20",
        endsOn: "2023-03-01",
      },
    ],
  },
  {
    name: "John Bolton",
    aliases: [{ name: "John R. Bolton", language: "en" }],
    roles: [
      {
        country: "US",
        title: "National Security Advisor",
        organization: WHITE_HOUSE,
        startsOn: "2018-04-09",
        endsOn: "2019-09-10",
      },
    ],
  },
  {
    name: "Donald Trump",
    aliases: [{ name: "Donald J. Trump", language: "en" }],
    roles: [
      {
        country: "US",
        title: "President",
        organization: "United States",
        startsOn: "2017-01-20",
        endsOn: "2021-01-20",
      },
      { country: "US", title: "President", organization: "United States", startsOn: "2025-01-20" },
    ],
  },
  {
    name: "Joe Biden",
    aliases: [{ name: "Joseph R. Biden Jr.", language: "en" }],
    roles: [
      {
        country: "US",
        title: "President",
        organization: "United States",
        startsOn: "2021-01-20",
        endsOn: "2025-01-20",
      },
    ],
  },
  {
    name: "Mike Pompeo",
    aliases: [{ name: "Michael R. Pompeo", language: "en" }],
    roles: [
      {
        country: "US",
        title: "Director of the Central Intelligence Agency",
        organization: "Central Intelligence Agency",
        startsOn: "2017-01-23",
        endsOn: "2018-04-26",
      },
      {
        country: "US",
        title: "Secretary of State",
        organization: STATE_DEPARTMENT,
        startsOn: "2018-04-26",
        endsOn: "2021-01-20",
      },
    ],
  },

  // ── Japan ──
  {
    name: "Takeo Mori",
    aliases: [
      { name: "森健良", language: "ja" },
      { name: "Mori Takeo", language: "en" },
    ],
    // August 2020 to July 2023 (days unsure).
    roles: [
      {
        country: "JP",
        title: "Vice-Minister for Foreign Affairs",
        organization: "Ministry of Foreign Affairs of Japan",
        startsOn: "2020-08-01",
        endsOn: "2023-07-01",
      },
    ],
  },

  // ── Analysts ──
  // The articles are our only source for their posts, so the dates are unknown (null); an open end reads as
  // "still held", which is more than we know. An analyst's country never makes a quote that country's stance.
  {
    name: "Shin Beom-chul",
    aliases: [{ name: "신범철", language: "ko" }],
    description: "Security analyst quoted by the Chosun Ilbo in 2018.",
    roles: [{ country: "KR", title: "Senior fellow", organization: "Asan Institute for Policy Studies" }],
  },
  {
    name: "Zhang Baohui",
    aliases: [
      { name: "張泊匯", language: "zh-Hant" },
      { name: "张泊汇", language: "zh-Hans" },
    ],
    description: "Political scientist in Hong Kong.",
    // Lingnan University is in Hong Kong, which is not a stance holder here; the role is filed under China.
    roles: [
      {
        country: "CN",
        title: "Professor of political science and director of the Centre for Asian-Pacific Studies",
        organization: "Lingnan University",
      },
    ],
  },
  {
    name: "Ryo Hinata-Yamaguchi",
    // Also an adjunct fellow at the Pacific Forum (Honolulu). That post is left out of the roles: two open
    // roles for different countries would make every quote of his ambiguous.
    description: "Visiting professor at Pusan National University and adjunct fellow at the Pacific Forum.",
    roles: [{ country: "KR", title: "Visiting professor", organization: "Pusan National University" }],
  },
];
