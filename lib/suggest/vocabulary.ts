// Word lists the rules share: reporting verbs, titles that make a capitalized run a person, words that make a
// speaker an analyst or a spokesperson. Kept together so a reader can see (and extend) what the engine knows.

/** Verbs that introduce speech, in every form a news report uses them. */
export const REPORTING_VERB =
  "(?:said|says|say|told|tells|added|adds|noted|notes|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|warned|warns|urged|urges|" +
  "called for|calls for|voiced|voices|expressed|expresses|stated|states|announced|announces|insisted|insists|argued|argues|" +
  "claimed|claims|vowed|vows|pledged|pledges|promised|promises|indicated|indicates|signall?ed|signals|reiterated|reiterates|" +
  "reaffirmed|reaffirms|underscored|underscores|welcomed|welcomes|believes|believed|thinks|thought|hopes|hoped|expects|expected|maintained|" +
  "maintains|suggested|suggests|proposed|proposes|agreed|agrees|acknowledged|acknowledges|alluded|alludes|explained|" +
  "explains|asserted|asserts|affirmed|affirms|confirmed|confirms|declared|declares|demanded|demands|wrote|writes|" +
  "commented|comments|pointed out|points out|recalled|predicted|cautioned|complained|denied|" +
  "responded|replied|answered|observed|conceded|admitted|contended|reported|quoted (?:[A-Z][\\w.’'-]*\\s+){1,3}as (?:saying|noting|stressing|telling)|" +
  "(?:was|were) (?:also )?quoted as (?:saying|noting|stressing|telling)|was cited as saying)";

/** Words that may stand between a speaker and the reporting verb ("Chung also said", "Jake Sullivan earlier said publicly"). */
export const VERB_FILLER =
  "(?:(?:also|earlier|later|reportedly|repeatedly|publicly|then|again|once|previously|has|have|had|would|will|recently|further|separately|privately|on \\w+|last \\w+)\\s+)*";

/** Titles and descriptions that make a capitalized name before or after them a person. */
export const PERSON_TITLE =
  /\b(?:President|president|Minister|minister|Secretary|secretary|Advis[eo]r|advis[eo]r|Councilor|Councillor|councilor|Spokes(?:person|man|woman)|spokes(?:person|man|woman)|Ambassador|ambassador|Envoy|envoy|Representative|representative|Director|director|Chairman|chairman|Chairwoman|Chair|Leader|leader|Premier|premier|Chancellor|Senator|senator|Lawmaker|lawmaker|Official|official|Diplomat|diplomat|Negotiator|negotiator|Chief|chief|Head|head|Commander|commander|General|Gen\.|Admiral|Professor|professor|Prof\.|analyst|Analyst|researcher|Researcher|fellow|Fellow|expert|scholar|Dean|dean|Deputy|deputy|Vice|top diplomat|member|Member|Speaker|Governor|Mayor|Prime|Mr\.|Ms\.|Mrs\.|Dr\.|Sen\.|Rep\.|lecturer|economist|strategist|counterpart|nominee|special representative|Special Representative)\b/;

/** Words that make a speaker an outside expert rather than a government actor. */
export const ANALYST_WORDS =
  /\b(?:professor|Professor|Prof\.|analyst|Analyst|researcher|Researcher|fellow|Fellow|expert|experts|scholar|scholars|lecturer|think[- ]tank|Institute|institute|University|university|Centre|Center for|Forum|Foundation|Academy|academy|School of|College|Studies|Brookings|RAND|Heritage|Stimson|38 North|economist|strategist|commentator|observers?)\b/;

export const SPOKESPERSON_WORDS =
  /\b(?:spokes(?:person|man|woman)|Spokes(?:person|man|woman)|press secretary|Press Secretary)\b/;

/** Capitalized words that are never part of a person's name. */
export const NOT_NAME = new Set(
  (
    "The A An In On At But And However Meanwhile Photo Reuters AP AFP Xinhua Yonhap COVID Covid Politburo Communist First " +
    "Deputy Vice Special Senior Top Former Minister Ministry President Secretary State Department House White Blue Council " +
    "Committee Party Agency Institute University Centre Center Forum Foundation Office Service Assembly Command Affairs " +
    "Foreign Defense Defence Unification National Security Central News Peace War Peninsula Summit Declaration Treaty " +
    "Alliance Korea Korean Koreas China Chinese Japan Japanese Russia Russian America American United States Nations " +
    "North South East West Asia Asian Pacific Indo Northeast Beijing Seoul Pyongyang Washington Tokyo Moscow Rome Paris " +
    "January February March April May June July August September October November December Monday Tuesday Wednesday " +
    "Thursday Friday Saturday Sunday Adviser Advisor Councilor Director Chairman Leader Representative Ambassador General " +
    "Prime Premier Supreme Republic Democratic People People's Kingdom Embassy Government Administration Mr Ms Mrs Dr " +
    "Political Science Studies Policy Policies Relations International Global Research Programme Program Initiative " +
    "Workers Workers' Worker's G20 G7 ASEAN Regional OECD Council's Organisation Organization Economic Cooperation " +
    "Development Ministerial Meeting Middle Eastern Iran Iranian Myanmar Singapore Vietnam This That These It He She They " +
    "Secretary-General Vice-Minister Vice-Chairman Vice-President Co-Chair Chief-of-Staff Under-Secretary " +
    "We Our His Her Their Its After Before During While When Where Since As If Although Despite Following According Asked " +
    "Speaking Both Many Some Several Other Experts Analysts Officials Sources Kremlin Pentagon Congress Senate Parliament"
  ).split(/\s+/),
);
