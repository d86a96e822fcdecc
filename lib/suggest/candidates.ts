// Candidate statements: where the article reports that someone said or holds something, and who that is.
// Five rule families, tried on every sentence of the body:
//   direct       a quotation with its cue before or after it ("…," Kong said. / X said: "…")
//   indirect     a speaker, a reporting verb and its clause (Chung said the allies' coordination … ), also
//                postposed (…, the ministry said Wednesday), "was quoted as saying", "quoted X as noting",
//                "according to X", "citing X" and "X's proposal"
//   continuation a paragraph that is only a quotation continues the previous speaker
//   summary      the journalist's own account of a government's position (China favors a peace treaty …)
// Speakers are mentions (mentions.ts); pronouns and "the ministry" are resolved here, to the last speaker.
import type { Span } from "@/lib/anchoring/text-span";
import type { Mention } from "./mentions";
import type { Quotation } from "./quotations";
import { wordCount } from "./quotations";
import type { Sentence } from "./sentences";
import { REPORTING_VERB, VERB_FILLER } from "./vocabulary";

export type CandidateRule = "direct" | "indirect" | "according" | "continuation" | "summary";

export interface Candidate {
  rule: CandidateRule;
  span: Span;
  /** The sentence (the first, for a quotation over several) the statement is in. */
  sentence: Sentence;
  /** The words that attribute it (speaker and verb): dates are looked for there first. */
  cue: Span;
  speaker: Mention | null;
  /** True when the speaker was the subject of a speech verb; false for the journalist's summary. */
  spoken: boolean;
  /** Only a statement if it takes a position ("Moon's proposal of a four-party declaration …"). */
  requiresPosition?: boolean;
  /** The sentence says the speaker spoke on condition of anonymity. */
  anonymous?: boolean;
  /** The reporting verb, when it carries the position itself ("proposed", "called for", "rejected"). */
  verb?: string;
}

const SPEAKER_TO_VERB = new RegExp(
  `^(?:['’]s?)?(?:\\s+(?:spokes(?:person|man|woman)|officials?|sources?))?(?:\\s+(?:at|of|from|with)\\s+(?:the\\s+)?[A-Z][^,“"”]{0,80}?)?(?:\\s*,[^“"”]{0,200}?,)?\\s+${VERB_FILLER}$`,
);
const NOT_SPEECH =
  /^(?:believes|believed|thinks|thought|hopes|hoped|expects|expected|signall?ed|signals|indicated|indicates|maintains|maintained|suggested|suggests)$/;
const AFTER_QUOTE_VERB = `(?:${REPORTING_VERB}|continued|went on)`;
const DATELINE =
  /^(?:[A-Z][A-Z .,]{2,40}(?:\([^)]*\))?\s*(?:--|—|–)|[A-Z]{3,}[A-Za-z .,0-9]{0,30}\([A-Za-z]+\)\s*[-—–]+)\s*/;
const VERB = new RegExp(`\\b${REPORTING_VERB}\\b`, "g");
const LEADING_CONNECTIVE =
  /^(?:(?:But|And|Yet|Still|So|However|Meanwhile|Moreover|Instead|Also|Now|Separately|Earlier|Later),?\s+)+/;

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,:;—–-]/.test(text[start])) start++;
  while (end > start && /[\s,:;—–-]/.test(text[end - 1])) end--;
  const dateline = DATELINE.exec(text.slice(start, end));
  if (dateline) start += dateline[0].length;
  const lead = LEADING_CONNECTIVE.exec(text.slice(start, end));
  if (lead) start += lead[0].length;
  return { start, end };
}

function mentionEndingAt(mentions: Mention[], from: number, to: number, text: string): Mention | null {
  // The nearest mention before `to` with only filler after it: adverbs, an affiliation ("at the Asan
  // Institute"), or a parenthetical between commas (", calling for Beijing's support,").
  for (let index = mentions.length - 1; index >= 0; index--) {
    const mention = mentions[index];
    if (mention.end > to) continue;
    if (mention.start < from) return null;
    const between = text.slice(mention.end, to);
    if (SPEAKER_TO_VERB.test(between) || /^\s*$/.test(between)) return mention;
  }
  return null;
}

function mentionStartingAt(mentions: Mention[], from: number, to: number, text: string): Mention | null {
  const mention = mentions.find((candidate) => candidate.start >= from && candidate.start < to);
  if (!mention) return null;
  return /^[\s,]*(?:the\s+)?$/i.test(text.slice(from, mention.start)) ? mention : null;
}

const HEAD_PRIORITY: Mention["kind"][] = ["person", "organization", "unnamed_source", "government", "pronoun"];

/**
 * The speaker named by the noun phrase that starts at `from` ("said Japanese Foreign Minister Toshimitsu
 * Motegi"): the person in it if there is one, else the organization, the source, the government.
 */
function headOfPhrase(mentions: Mention[], from: number, to: number, text: string): Mention | null {
  const first = mentionStartingAt(mentions, from, to, text);
  if (!first) return null;
  const stop = /[,.;:!?“"(]/.exec(text.slice(first.start, to));
  const end = stop ? first.start + stop.index : to;
  const inPhrase = mentions.filter((mention) => mention.start >= first.start && mention.end <= end);
  return HEAD_PRIORITY.map((kind) => inPhrase.find((mention) => mention.kind === kind)).find(Boolean) ?? first;
}

export interface CandidateInput {
  text: string;
  sentences: Sentence[];
  quotations: Quotation[];
  mentions: Mention[];
}

/** A sentence of the article's body, not a headline, caption, byline or link line (those end without a stop). */
function isBodySentence(text: string, sentence: Sentence, paragraphEnd: number): boolean {
  if (!/[.!?]["'”’)\]]*\s*$/.test(text.slice(sentence.start, paragraphEnd))) return false;
  const words = text.slice(sentence.start, sentence.end);
  // Short sentences count too (a quote may open with one); a paragraph of a few words is a caption or a link.
  return !/\bPhoto:|\(Yonhap\)\s*$/.test(words) && wordCount(text.slice(sentence.start, paragraphEnd)) >= 5;
}

export function findCandidates({ text, sentences, quotations, mentions }: CandidateInput): Candidate[] {
  const candidates: Candidate[] = [];
  const paragraphEnds = new Map<number, number>();
  for (const sentence of sentences)
    paragraphEnds.set(sentence.paragraph, Math.max(paragraphEnds.get(sentence.paragraph) ?? 0, sentence.end));

  // The text with punctuation blanked, once: "…,” he said" then reads as words only.
  const unpunctuated = text.replace(/[,.!?—–]/g, " ");
  const taken = (span: Span) =>
    candidates.some((candidate) => candidate.span.start < span.end && span.start < candidate.span.end);
  const push = (candidate: Candidate) => {
    const span = trimSpan(text, candidate.span);
    const sentenceText = text.slice(candidate.sentence.start, candidate.sentence.end);
    candidate = {
      ...candidate,
      anonymous: /anonymity|not to be (?:named|identified)|declined to be (?:named|identified)/i.test(sentenceText),
    };
    if (span.end - span.start < 12 || wordCount(text.slice(span.start, span.end)) < 3 || taken(span)) return;
    candidates.push({ ...candidate, span });
  };

  for (const sentence of sentences) {
    if (!isBodySentence(text, sentence, paragraphEnds.get(sentence.paragraph) ?? sentence.end)) continue;
    const inSentence = mentions.filter((mention) => mention.start >= sentence.start && mention.end <= sentence.end);
    const quotes = quotations.filter(
      (quote) => quote.outer.start >= sentence.start && quote.outer.start < sentence.end,
    );
    const body = text.slice(sentence.start, sentence.end);
    // A sentence inside a quotation ("… the South. That would complicate …") is part of that quote.
    const insideQuote = quotations.some(
      (quote) => quote.inner.start < sentence.start && sentence.start < quote.inner.end,
    );

    // ── direct: a quotation with its cue right after or right before it ──
    for (const quote of quotes) {
      const inner = text.slice(quote.inner.start, quote.inner.end);
      if (wordCount(inner) < 4) continue;
      // The cue follows the quotation's end, which may lie in a later sentence than its start.
      const closing =
        sentences.find((other) => other.start < quote.outer.end && quote.outer.end <= other.end) ?? sentence;
      const afterEnd = Math.min(Math.max(sentence.end, closing.end), quote.outer.end + 160);
      const after = text.slice(quote.outer.end, afterEnd);
      const verbFirst = new RegExp(`^\\s*[,.!?—–-]?\\s*${AFTER_QUOTE_VERB}\\b`).exec(after);
      let speaker: Mention | null = null;
      let cueEnd = quote.outer.end;
      if (verbFirst) {
        speaker = headOfPhrase(mentions, quote.outer.end + verbFirst[0].length, afterEnd, text);
        cueEnd = speaker?.end ?? cueEnd;
      } else {
        const first = mentionStartingAt(mentions, quote.outer.end, afterEnd, unpunctuated);
        if (
          first &&
          new RegExp(`^(?:['’]s)?\\s+${VERB_FILLER}${AFTER_QUOTE_VERB}\\b`).test(text.slice(first.end, afterEnd))
        ) {
          speaker = first;
          cueEnd = first.end + 40;
        }
      }
      if (!speaker) {
        const before = text.slice(sentence.start, quote.outer.start);
        const verbBefore = new RegExp(
          `${REPORTING_VERB}(?:\\s+(?:on|in|at|during)\\s+[^,:“"]{1,40})?\\s*[,:]?\\s*$`,
        ).exec(before);
        if (verbBefore) {
          speaker =
            mentionEndingAt(inSentence, sentence.start, sentence.start + verbBefore.index, text) ??
            mentionStartingAt(
              inSentence,
              sentence.start + verbBefore.index + verbBefore[0].length,
              quote.outer.start,
              text,
            );
          if (speaker) {
            push({
              rule: "direct",
              span: quote.inner,
              sentence,
              cue: { start: sentence.start, end: quote.outer.start },
              speaker,
              spoken: true,
            });
            continue;
          }
        }
      }
      if (speaker)
        push({
          rule: "direct",
          span: quote.inner,
          sentence,
          cue: { start: quote.outer.end, end: Math.min(afterEnd, cueEnd) },
          speaker,
          spoken: true,
        });
    }

    // ── according to X / citing X ──
    const according = /,?\s*(?:[Aa]ccording to|citing)\s+([^,.;]+)/.exec(body);
    if (according) {
      const at = sentence.start + according.index;
      const speaker = mentionStartingAt(inSentence, at + according[0].indexOf(according[1]), sentence.end, text);
      if (speaker) {
        const head = body.slice(0, according.index);
        const tail = body.slice(according.index + according[0].length);
        // "…, the Yonhap news agency said on Friday, citing X": the statement is what precedes the agency.
        const agency = new RegExp(`,\\s+[^,]{2,60}?\\s+${REPORTING_VERB}[^,]*$`).exec(head);
        const quote = quotes.find(
          (candidate) => wordCount(text.slice(candidate.inner.start, candidate.inner.end)) >= 4,
        );
        const span =
          quote && /^[.\s]*$/.test(tail) && !agency
            ? quote.inner
            : { start: sentence.start, end: sentence.start + (agency ? agency.index : according.index) };
        // "According to X, …": the statement is what follows the comma.
        const leading = according.index === 0 && tail.startsWith(",");
        const whole = leading
          ? { start: at + according[0].length + 1, end: sentence.end }
          : { start: sentence.start, end: sentence.end };
        if (!(span.end - span.start < 20 && /^[.\s]*$/.test(tail)))
          push({
            rule: "according",
            span: /^[.\s]*$/.test(tail) ? span : whole,
            sentence,
            cue: { start: at, end: at + according[0].length },
            speaker,
            spoken: true,
          });
      }
    }

    // ── indirect: speaker + reporting verb + clause, or clause + ", speaker said" ──
    VERB.lastIndex = 0;
    for (let match = VERB.exec(body); match; match = VERB.exec(body)) {
      const verbStart = sentence.start + match.index;
      const verbEnd = verbStart + match[0].length;
      const quotedAs = /^quoted\s+/.test(match[0]);
      let speaker: Mention | null = null;
      if (quotedAs) speaker = mentionStartingAt(inSentence, verbStart + 7, verbEnd, text);
      else speaker = mentionEndingAt(inSentence, sentence.start, verbStart, text);
      if (!speaker || insideQuote) continue;
      // "Washington and Seoul signalled …", "Beijing believes …": the journalist's reading of a government.
      const spoken = !(speaker.kind === "government" && NOT_SPEECH.test(match[0]));
      if (quotes.some((quote) => quote.outer.start <= verbStart && verbStart < quote.outer.end)) continue;
      // "…," he said: the cue of a direct quote, already taken.
      const speakerStart = speaker.start;
      if (
        quotes.some(
          (quote) =>
            quote.outer.end <= speakerStart && /^[\s,.!?—–-]*$/.test(text.slice(quote.outer.end, speakerStart)),
        )
      )
        continue;
      const rest = text.slice(verbEnd, sentence.end);
      // "…, the foreign ministry said, apparently referring to …": the attribution is postposed.
      const postposed = /^(?:\s+(?:on\s+)?\w+day)?\s*(?:,|\.|$)/.test(rest) && !/^\s*,\s*(?:that|adding)\b/.test(rest);
      const lead =
        /^(?:\s+(?:on|in|at|during|upon|after|before|while)\s+[^,“"]{1,60}?(?=\s+that\b))?(?:\s+(?:publicly|repeatedly|again|earlier|later|\w+day))?\s*(?:that\b|,|:)?\s*/.exec(
          rest,
        ) ?? [""];
      let clauseStart = verbEnd + lead[0].length;
      // "told reporters that …", "said in a statement that …": skip to the clause.
      const that = /^[^,“"]{0,60}?\bthat\s+/.exec(text.slice(clauseStart, sentence.end));
      const thatTaken = /\bthat\s*$/.test(lead[0]);
      if (that && !thatTaken && !/^(?:that|this)\b/.test(text.slice(clauseStart, sentence.end))) {
        // Only "told reporters that", "said in a statement that": not a "that" inside the clause itself.
        if (
          /^(?:\S+\s+){0,3}?that\s+$/.test(that[0]) &&
          !/\b(?:supports?|wants?|is|are|was|were|will|would|remained|remains|but)\b/.test(that[0])
        )
          clauseStart += that[0].length;
      }
      let clauseEnd = sentence.end;
      // "…, and emphasised his country's role": a second thing the speaker did ends the statement (but "and
      // warned that …" goes on saying what the statement says).
      const also =
        /(?:,|,?[”"])\s+and\s+(?:also\s+)?(?:emphasi[sz]ed|stressed|added|said|noted|warned|urged|called for|expressed|reiterated|vowed|pledged)\b(?!\s+that\b)/.exec(
          text.slice(clauseStart, sentence.end),
        );
      if (also && also.index > 20) clauseEnd = clauseStart + also.index;
      const according = /,?\s*(?:according to|citing)\s+/.exec(text.slice(clauseStart, sentence.end));
      if (according) clauseEnd = clauseStart + according.index;
      const clause = { start: clauseStart, end: clauseEnd };
      const clauseText = text.slice(clause.start, clause.end);
      if (wordCount(clauseText) < 4 || postposed) {
        // Postposed: "…, Seoul's foreign ministry said Wednesday." The statement is what comes before.
        const before = { start: sentence.start, end: speaker.start };
        if (
          /[,—–]\s*(?:the\s+)?$/i.test(text.slice(before.start, before.end)) &&
          wordCount(text.slice(before.start, before.end)) >= 5
        ) {
          push({
            rule: "indirect",
            span: before,
            sentence,
            cue: { start: speaker.start, end: sentence.end },
            speaker,
            spoken,
          });
        }
        continue;
      }
      // A clause that is a quotation and nothing more is a direct quote.
      const onlyQuote = quotes.find(
        (quote) => quote.outer.start - clause.start <= 2 && clause.end - quote.outer.end <= 2,
      );
      const summary = !spoken;
      push({
        rule: summary ? "summary" : onlyQuote ? "direct" : "indirect",
        span: summary ? sentence : onlyQuote ? onlyQuote.inner : clause,
        sentence,
        cue: { start: speaker.start, end: clauseStart },
        speaker,
        spoken,
        verb: match[0],
      });
      break;
    }

    // ── "X's proposal": a position named as someone's, in the journalist's words ──
    if (!insideQuote && !candidates.some((candidate) => candidate.sentence === sentence)) {
      const possessive =
        /([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)['’]s\s+(?:proposal|plan|offer|call|push|initiative|idea|suggestion)\b/.exec(
          body,
        );
      if (possessive) {
        const at = sentence.start + possessive.index;
        const owner = inSentence.find(
          (mention) => mention.start >= at && mention.end <= at + possessive[1].length + 2 && mention.kind === "person",
        );
        if (owner)
          push({
            rule: "indirect",
            span: sentence,
            sentence,
            cue: { start: owner.start, end: owner.end },
            speaker: owner,
            spoken: true,
            requiresPosition: true,
          });
      }
    }

    // ── continuation: a paragraph that is nothing but a quotation ──
    const paragraphQuote = quotes.find(
      (quote) =>
        quote.outer.start === sentence.start && quote.outer.end >= (paragraphEnds.get(sentence.paragraph) ?? 0) - 1,
    );
    if (paragraphQuote && !taken(paragraphQuote.inner)) {
      const previous = candidates.at(-1);
      if (previous && previous.sentence.paragraph >= sentence.paragraph - 1 && previous.spoken) {
        push({
          rule: "continuation",
          span: paragraphQuote.inner,
          sentence,
          cue: previous.cue,
          speaker: previous.speaker,
          spoken: true,
        });
      }
    }

    // ── summary: the journalist's account of a government's position ──
    if (!insideQuote && !candidates.some((candidate) => candidate.sentence === sentence)) {
      const span = trimSpan(text, sentence);
      const subject = inSentence.find((mention) => mention.kind === "government" && mention.start - span.start <= 40);
      // A sentence that opens a quotation is someone's words, not the journalist's.
      if (subject && !/^["“‘']/.test(text.slice(span.start, span.start + 1)))
        push({
          rule: "summary",
          span,
          sentence,
          cue: { start: subject.start, end: subject.end },
          speaker: subject,
          spoken: false,
        });
    }
  }
  return candidates.sort((a, b) => a.span.start - b.span.start);
}
