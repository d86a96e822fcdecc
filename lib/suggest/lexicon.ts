// The codebook's phrasing as patterns: for each position of the starting codebook, the ways news reports word
// it (taken from the position's definition and label, and the worked examples in the codebook). A pattern only
// proposes a position the loaded codebook has; positions an admin adds later are proposed from approved
// quotes alone (similar.ts). Each rule has a weight: how often its words mean that position and not another.
import type { StanceStrength } from "./types";

export interface LexiconHit {
  dimension: string;
  position: string;
  weight: number;
  strength: StanceStrength;
}

interface Rule {
  dimension: string;
  position: string;
  weight: number;
  pattern: RegExp;
  /** The rule does not fire when this matches too. */
  unless?: RegExp;
}

const DECLARATION =
  "(?:end[- ]of[- ](?:the[- ])?war\\s+(?:declaration|announcement|statement)|declaration\\s+(?:of\\s+(?:an?|the)\\s+(?:formal\\s+|official\\s+)?end|(?:formally\\s+)?ending|to\\s+(?:formally\\s+)?end)|(?:declar(?:e|ing)|announc(?:e|ing))\\s+(?:a\\s+|an\\s+)?(?:formal\\s+|official\\s+)?end\\s+to\\s+the\\s+(?:Korean\\s+)?war|(?:the|an?|such\\s+a|this|that)\\s+(?:(?:early|formal|official|political|possible|proposed|swift|quick|joint)\\s+)*declaration|(?:formal|official|political)\\s+declaration|end[- ]of[- ]war)";
const TREATY =
  "(?:peace\\s+treaty|formal\\s+treaty|peace\\s+agreement|peace\\s+accord|lasting\\s+peace\\s+agreement|permanent\\s+peace\\s+(?:regime|agreement|treaty)|peace\\s+regime)";
const SUPPORT =
  '(?:no\\s+objections?["”]?\\s+to|support(?:s|ed|ing)?|back(?:s|ed|ing)?(?!\\s+to\\b)|favou?r(?:s|ed|ing)?|want(?:s|ed)?|push(?:es|ed|ing)?\\s+for|push\\s+for|call(?:s|ed)?\\s+for|seek(?:s|ing)?|sought|pursu(?:e|es|ed|ing|it\\s+of)|propos(?:e|es|ed|al)|welcom(?:e|es|ed)|endors(?:e|es|ed)|advocat(?:e|es|ed)|prefer(?:s|red)?|good idea|contribute|help(?:s)?\\s+(?:promote|restart|build|advance)|hope(?:s|d)?\\s+for|aim(?:s|ed)?\\s+(?:for|of|to)|in favou?r of|promot(?:e|ing)|early)';
const NEGATION =
  '\\b(?:not|never|no(?!["”]?\\s+objection)|against|oppos\\w+|reject\\w*|rebuff\\w*|premature|too early|skeptic\\w*|sceptic\\w*|unless|refus\\w+)\\b';
const NEAR = "[^.;]{0,70}?";
const KOREAS =
  "(?:the\\s+)?(?:two\\s+Koreas|both\\s+Koreas|South\\s+and\\s+North\\s+Korea|North\\s+and\\s+South\\s+Korea)";
const AMERICA = "(?:the\\s+)?(?:United\\s+States|U\\.S\\.|US|Washington)";
/** "the two Koreas, the United States and China …declare": the parties listed. */
const WITH_CHINA = `${KOREAS}\\s*(?:,|and)\\s+${AMERICA}\\s*,?\\s*and\\s+(?:China|Beijing)`;
const WITHOUT_CHINA = `${KOREAS}\\s*(?:,|and)\\s+${AMERICA}(?![^.;]{0,25}?(?:China|Beijing))`;
const SIGNING = "(?:declar\\w*|treaty|sign\\w*|end\\s+to\\s+the\\s+war)";
const DENUKE =
  "(?:denucleari[sz]\\w*|nuclear\\s+(?:talks|negotiations|arsenal|weapons|programme|program|disarmament)|disarm\\w*)";

const RULES: Rule[] = [
  // ── instrument ──
  {
    dimension: "instrument",
    position: "declaration_then_treaty",
    weight: 0.8,
    pattern: new RegExp(
      `${DECLARATION}[^.;]{0,160}?(?:eventually|toward[s]?|step\\s+(?:to|toward)|lead(?:s|ing)?\\s+to|followed\\s+by|pave\\w*\\s+the\\s+way|prelude|precede|before\\s+(?:a|the))${NEAR}${TREATY}|${TREATY}${NEAR}(?:after|following)${NEAR}${DECLARATION}`,
      "i",
    ),
  },
  {
    dimension: "instrument",
    position: "treaty",
    weight: 0.85,
    pattern: new RegExp(
      `${SUPPORT}[^.;]{0,100}?${TREATY}|${TREATY}${NEAR}\\binstead\\b|\\binstead\\b${NEAR}${TREATY}|legally\\s+binding`,
      "i",
    ),
    unless: new RegExp(
      `rather than (?:a|the) ${TREATY}|${TREATY}${NEAR}\\b(?:later|eventually|after|follow)|toward[s]?\\s+${NEAR}${TREATY}|armistice\\s+rather\\s+than`,
      "i",
    ),
  },
  {
    dimension: "instrument",
    position: "against_now",
    weight: 0.75,
    pattern: new RegExp(
      `(?:(?:will|would|cannot|can\\s*not|could\\s+not|does\\s+not|do\\s+not)\\s+(?:not\\s+)?(?:accept|agree\\s+to|support)|not\\s+accept|reject\\w*|oppos\\w+|rebuff\\w*|against|premature|too early|not the right time|no\\s+(?:need|point)|meaningless|refus\\w+)${NEAR}(?:${DECLARATION}|proposal)|(?:${DECLARATION}|(?:the|this|that|such\\s+a)\\s+proposal)${NEAR}(?:premature|too early|meaningless|not\\s+(?:the\\s+)?(?:right|appropriate)\\s+time)|reject\\w*\\s+any\\s+proposal${NEAR}unless`,
      "i",
    ),
  },
  {
    dimension: "instrument",
    position: "declaration",
    weight: 0.75,
    pattern: new RegExp(
      `${SUPPORT}${NEAR}${DECLARATION}|${DECLARATION}${NEAR}(?:good idea|will\\s+(?:help|contribute)|would\\s+(?:help|contribute)|help\\s+(?:restart|promote|build)|contribute|as\\s+a\\s+way|is\\s+(?:needed|necessary|important))`,
      "i",
    ),
    unless: new RegExp(`${NEGATION}${NEAR}${DECLARATION}|rather than (?:a|the) declaration`, "i"),
  },

  // ── sequencing ──
  {
    dimension: "sequencing",
    position: "declaration_first",
    weight: 0.8,
    pattern: new RegExp(
      `(?:early|first|quick|swift)\\s+(?:end[- ]of[- ]war\\s+)?declaration${NEAR}(?:encourage|induce|denucleari|talks|dialogue|negotiations)|${DECLARATION}${NEAR}(?:to\\s+encourage|to\\s+induce|incentive|(?:help|to)\\s+(?:restart|revive|revitali[sz]e|resume|jump-?start|kick-?start)|as\\s+a\\s+way\\s+to|build\\s+trust|open\\s+the\\s+door|bring\\s+North\\s+Korea\\s+back|entry\\s+point|starting\\s+point)${NEAR}(?:denucleari|talks|dialogue|negotiations|diplomacy|trust)`,
      "i",
    ),
  },
  {
    dimension: "sequencing",
    position: "denuclearization_first",
    weight: 0.8,
    pattern: new RegExp(
      `${DENUKE}\\s+first|(?:fundamental|concrete|meaningful|substantial|irreversible)\\s+steps\\s+toward[s]?\\s+(?:(?:complete|full|verifiable|irreversible|the)\\s+)*${DENUKE}|must\\s+first\\b[^.;]{0,60}?${DENUKE}|(?:submit\\w*|declar\\w+|disclos\\w+)\\s+(?:details\\s+of\\s+|a\\s+list\\s+of\\s+|an\\s+inventory\\s+of\\s+)?its\\s+(?:nuclear\\s+)?(?:arsenal|weapons|programme|program|facilities)|(?:before|prior to|precondition\\s+for)\\s+(?:any|a|the)\\s+(?:end[- ]of[- ]war\\s+)?declaration${NEAR}${DENUKE}|${DENUKE}${NEAR}(?:must|should)\\s+(?:come\\s+)?(?:first|before)|(?:must|should)\\s+(?:first\\s+)?(?:denucleari[sz]e|give\\s+up\\s+its\\s+nuclear)`,
      "i",
    ),
  },
  {
    dimension: "sequencing",
    position: "action_for_action",
    weight: 0.85,
    pattern:
      /action[- ]for[- ]action|(?:phased|step[- ]by[- ]step|synchroni[sz]ed|simultaneous|reciprocal|parallel)\s+(?:and\s+\w+\s+)?(?:approach|steps|measures|manner|process|denucleari[sz]ation|moves)|corresponding\s+(?:measures|steps)/i,
  },
  {
    dimension: "sequencing",
    position: "hostile_policy_first",
    weight: 0.8,
    pattern: new RegExp(
      `(?:no|not)\\s+(?:be\\s+)?(?:any\\s+)?(?:dialogue|talks|negotiations)[^.;]{0,40}?(?:while|as\\s+long\\s+as|unless)[^.;]{0,50}?(?:drills|exercises|sanctions|hostile)|hostile\\s+polic(?:y|ies)|double\\s+standards?|sanctions\\s+(?:are|were|be|being)\\s+(?:eased|lifted|relaxed|removed)|sanctions\\s+relief${NEAR}(?:before|first|unless|precondition)|(?:lift|eas|relax|remov)\\w*\\s+(?:of\\s+)?(?:the\\s+)?sanctions${NEAR}(?:before|first|unless|precondition)|(?:halt|end|stop|suspend)\\w*\\s+(?:the\\s+)?(?:joint\\s+)?(?:military\\s+)?(?:drills|exercises)${NEAR}(?:before|first|unless|precondition)`,
      "i",
    ),
  },
  {
    dimension: "sequencing",
    position: "conditions_unspecified",
    weight: 0.8,
    pattern:
      /(?:sequence|sequencing|timing|conditions)\b[^.;]{0,60}?(?:differ|different|perspectives|still\s+(?:open|under|being)|discuss|unresolved|gap)|(?:differ|different\s+perspectives|different\s+views|gaps?)\b[^.;]{0,60}?(?:sequence|sequencing|timing|conditions)/i,
  },

  // ── parties ──
  {
    dimension: "parties",
    position: "four_party",
    weight: 0.8,
    pattern: new RegExp(
      `(?:three|3)(?:[- ](?:party|parties|way))?\\s+or\\s+four|(?:four[- ](?:way|party|parties|nation|country|sided)|quadrilateral)\\s+(?:${DECLARATION}|declaration|treaty|summit|talks|signing|agreement)|(?:China|Beijing)(?:['’]s)?\\s+(?:participat\\w+|involvement|inclusion|join\\w*|take\\s+part)${NEAR}(?:declaration|treaty|agreement|signing)|includ\\w+\\s+China${NEAR}(?:declaration|treaty)|(?:declaration|treaty)${NEAR}includ\\w+\\s+China|${WITH_CHINA}${NEAR}${SIGNING}|${SIGNING}${NEAR}${WITH_CHINA}`,
      "i",
    ),
    unless: /without\s+China|exclud\w+\s+China|peace\s+process|\bif\s+(?:China|Beijing)\b/i,
  },
  {
    dimension: "parties",
    position: "trilateral",
    weight: 0.8,
    pattern: new RegExp(
      `(?:three[- ](?:way|party|parties|nation|country|sided)|trilateral|tripartite)\\s+(?:${DECLARATION}|declaration|treaty|summit|talks|signing|agreement)|without\\s+China(?:['’]s)?\\s+(?:involvement|participation)?|exclud\\w+\\s+China|(?:three|3)(?:[- ](?:party|parties|way))?\\s+or\\s+four|${WITHOUT_CHINA}${NEAR}${SIGNING}|${SIGNING}${NEAR}${WITHOUT_CHINA}`,
      "i",
    ),
  },
  {
    dimension: "parties",
    position: "us_dprk",
    weight: 0.8,
    pattern:
      /bilateral\s+(?:end[- ]of[- ]war\s+)?(?:declaration|treaty|agreement)\s+with\s+(?:North\s+Korea|Pyongyang|the\s+North)|(?:U\.?S\.?|US|Washington)[-–\s]+(?:North\s+Korea|DPRK|Pyongyang)\s+(?:declaration|treaty|peace\s+treaty)|between\s+(?:the\s+)?(?:U\.?S\.?|US|United\s+States|Washington)\s+and\s+(?:North\s+Korea|Pyongyang|the\s+DPRK)[^.;]{0,30}?(?:declaration|treaty)/i,
  },
  {
    dimension: "parties",
    position: "inter_korean",
    weight: 0.8,
    pattern:
      /(?:inter-Korean|two\s+Koreas|South\s+and\s+North\s+Korea|North\s+and\s+South\s+Korea)\s+(?:alone|only|themselves)?\s*(?:end[- ]of[- ]war\s+)?(?:declaration|treaty|peace\s+agreement)|(?:declaration|treaty)\s+between\s+the\s+two\s+Koreas/i,
  },
  {
    dimension: "parties",
    position: "unspecified",
    weight: 0.65,
    pattern: new RegExp(
      `(?:all\\s+(?:the\\s+)?parties\\s+concerned|relevant\\s+(?:countries|parties|sides)|all\\s+parties|parties\\s+concerned)${NEAR}(?:declaration|treaty|sign|join)|(?:declaration|treaty)${NEAR}(?:all\\s+(?:the\\s+)?parties\\s+concerned|relevant\\s+(?:countries|parties))`,
      "i",
    ),
  },
];

const HEDGE =
  /\b(?:would probably|probably|likely|may|might|could|more sympathetic|sympathetic|signall?ed|indicated|appears?|seem(?:s|ed)?|reportedly|is said to|are said to|hinted|open to|leaning|lean)\b/i;

/** Positions the codebook's phrasing finds in a statement. At most one position per dimension per rule family. */
export function lexiconStances(statement: string, positions: ReadonlySet<string>): LexiconHit[] {
  const hits: LexiconHit[] = [];
  const strength: StanceStrength = HEDGE.test(statement) ? "implied" : "explicit";
  for (const rule of RULES) {
    if (!positions.has(`${rule.dimension}:${rule.position}`)) continue;
    if (!rule.pattern.test(statement) || rule.unless?.test(statement)) continue;
    // A treaty or against-now reading of the instrument overrides a plain declaration reading of the same words.
    if (rule.dimension === "instrument" && hits.some((hit) => hit.dimension === "instrument")) continue;
    hits.push({ dimension: rule.dimension, position: rule.position, weight: rule.weight, strength });
  }
  return hits;
}

/** Whether a statement is about ending the war at all: the declaration, a treaty, the peace process or the talks. */
export const TOPIC =
  /declaration|treaty|end(?:ing)?\s+(?:to\s+)?(?:of\s+)?the\s+(?:Korean\s+)?war|end[- ]of[- ]war|armistice|peace\s+(?:process|regime|agreement|settlement|and\s+stability|could|would|on\s+the)|permanent\s+peace|lasting\s+peace|peace\b(?![,]\s*security)|denucleari[sz]\w*|dialogue|talks|discussions?|negotiations|political\s+settlement|peninsula\s+situation/i;

/** Whether the statement names the declaration or a treaty (rule 4: only then can it be `unclear`). */
export const NAMES_INSTRUMENT = new RegExp(`${DECLARATION}|${TREATY}`, "i");
