// Re-anchoring on a real article (the demo corpus's SCMP report of 3 December 2021) through the corrections a desk
// makes after publication: a title or name fixed above a quote, a word or a figure fixed inside it, an update added
// below it, a paragraph cut, typographic quotes replaced. Each case starts from the quote as the seed stores it
// (its text with 32 units of context either side) and checks where it lands, the exact text there, and how it was
// found. To add one: a quote of the article, the edit (a find/replace on the body), and the expected landing.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { reanchor, type AnchorMethod } from "@/lib/anchoring/reanchor";
import { describeSpan, findSpan } from "@/lib/anchoring/text-span";

const BODY = fs.readFileSync(
  path.join(import.meta.dirname, "../../prisma/seed/corpus/2021-12-03-scmp-china-backs-declaration.txt"),
  "utf8",
);

const EMBASSY =
  "China’s top diplomat has backed South Korea’s push for the declaration of an end to the 1950-53 Korean war";
const YANG =
  "China supports “the push for the end-of-war declaration and believes that the end-of-war declaration will " +
  "contribute to promoting peace and stability on the Korean peninsula”";
const SEOUL =
  "Seoul sees an “end of war declaration” as a way to build trust with North Korea’s leader Kim Jong-un, restart " +
  "stalled denuclearisation talks, and eventually move toward a lasting peace agreement.";
const SULLIVAN =
  "the two allies might have “somewhat different perspectives on the precise sequence or timing or conditions for " +
  "different steps”";

interface Correction {
  name: string;
  quote: string;
  /** The desk's edit: each [before, after] replaced once, in order. */
  edits: [string | RegExp, string][];
  expected: { text: string; how: AnchorMethod } | null;
}

const CORRECTIONS: Correction[] = [
  // Edits before the quote: the quote moves by the length difference and keeps its text.
  {
    name: "a title corrected in the paragraph above (before)",
    quote: YANG,
    edits: [["National Security Director Suh Hoon", "National Security Office director Suh Hoon"]],
    expected: { text: YANG, how: "exact" },
  },
  {
    name: "a misattributed paragraph removed above (before)",
    quote: SULLIVAN,
    edits: [
      [
        "But Moon, who has tried to engage with North Korea throughout his presidency, is running out of time to " +
          "clinch an agreement before his five-year term ends in May.\n\n",
        "",
      ],
    ],
    expected: { text: SULLIVAN, how: "exact" },
  },
  {
    name: "a video caption dropped above, twice over (before)",
    quote: SEOUL,
    edits: [
      ["North Korea’s Kim Jong-un offers to reconnect vital communication line with South Korea\n\n02:10\n\n", ""],
      ["North Korea’s Kim Jong-un offers to reconnect vital communication line with South Korea\n\n", ""],
    ],
    expected: { text: SEOUL, how: "exact" },
  },
  // Edits inside the quote: found near its old place, covering the corrected words.
  {
    name: "a date range written out in full (inside)",
    quote: EMBASSY,
    edits: [["the 1950-53 Korean war, the Yonhap", "the 1950-1953 Korean war, the Yonhap"]],
    expected: { text: EMBASSY.replace("1950-53", "1950-1953"), how: "fuzzy" },
  },
  {
    name: "British spelling changed to American (inside)",
    quote: SEOUL,
    edits: [["stalled denuclearisation talks, and eventually", "stalled denuclearization talks, and eventually"]],
    expected: { text: SEOUL.replace("denuclearisation", "denuclearization"), how: "fuzzy" },
  },
  {
    name: "a word of the translation corrected (inside)",
    quote: YANG,
    edits: [["will contribute to promoting peace", "would contribute to promoting peace"]],
    expected: { text: YANG.replace("will contribute", "would contribute"), how: "fuzzy" },
  },
  {
    name: "typographic quotation marks replaced by straight ones throughout (inside and around)",
    quote: SULLIVAN,
    edits: [[/[“”]/g, '"']],
    expected: { text: SULLIVAN.replace(/[“”]/g, '"'), how: "fuzzy" },
  },
  // Edits after the quote: the stored offsets still hold.
  {
    name: "an update note appended at the end (after)",
    quote: SULLIVAN,
    edits: [[/$/, "\n\nThis article was updated to correct Suh Hoon’s title."]],
    expected: { text: SULLIVAN, how: "position" },
  },
  {
    name: "the next paragraph reworded (after)",
    quote: YANG,
    edits: [["reaffirmed that the two sides would work on", "agreed to keep working on"]],
    expected: { text: YANG, how: "position" },
  },
  // Edits the quote does not survive: orphaned, for an editor to decide.
  {
    name: "the quote's paragraph cut",
    quote: SEOUL,
    edits: [[`${SEOUL}\n\n`, ""]],
    expected: null,
  },
  {
    name: "the quote rewritten beyond a correction",
    quote: YANG,
    edits: [
      [
        YANG,
        "China backs efforts toward a declaration ending the war, saying it would help stability on the peninsula",
      ],
    ],
    expected: null,
  },
];

function corrected(edits: Correction["edits"]): string {
  return edits.reduce((body, [before, after]) => {
    const next = body.replace(before, after);
    if (next === body) throw new Error(`The edit ${String(before)} changes nothing: the case is out of date.`);
    return next;
  }, BODY);
}

describe("re-anchoring through real corrections of an article", () => {
  it.each(CORRECTIONS)("$name", ({ quote, edits, expected }) => {
    const span = findSpan(BODY, quote);
    if (!span) throw new Error("The quote is not in the article as stored.");
    const anchor = describeSpan(BODY, span.start, span.end);
    const body = corrected(edits);
    const result = reanchor(anchor, body);
    if (expected === null) {
      expect(result).toBeNull();
      return;
    }
    const landing = findSpan(body, expected.text);
    expect(landing, "the expected text is in the corrected body").not.toBeNull();
    expect(result).toEqual({ ...landing, how: expected.how });
    expect(body.slice(result!.start, result!.end)).toBe(expected.text);
  });
});
