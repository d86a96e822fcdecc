// Suggestions are English-only: the rules read English reporting verbs and names. franc-min (trigram
// statistics over the 82 most spoken languages) tells an article in another language, so the editor gets a
// message instead of nonsense. Very short texts are taken as English: trigrams say little about them.
import { franc } from "franc-min";

const SAMPLE = 4000;
const ENGLISH_FUNCTION_WORDS = new Set(
  "the of and to a an in is are was were that for on with by as at it its from he she they we said says be has have had will would not this which".split(
    " ",
  ),
);

/** ISO 639-3 code of the text's language ("eng", "kor", "cmn"…), or "eng" when too short to tell. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE);
  const letters = sample.replace(/[\s\d\p{P}\p{S}]/gu, "");
  if (letters.length < 40) return "eng";
  // Articles mix scripts (a Hangul name in an English text, a Hanzi alias): the Latin share decides first.
  const latin = (letters.match(/\p{Script=Latin}/gu) ?? []).length / letters.length;
  if (latin > 0.8) {
    // Trigrams misjudge short English texts; English function words do not.
    const words = sample.toLowerCase().match(/[a-z]+/g) ?? [];
    const english = words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word)).length;
    if (english >= Math.max(2, words.length * 0.15)) return "eng";
    return franc(sample, {
      minLength: 40,
      only: ["eng", "fra", "spa", "deu", "por", "ita", "nld", "ind", "vie", "tur", "pol"],
    });
  }
  return franc(sample, { minLength: 10 });
}

const NAMES: Record<string, string> = {
  kor: "Korean",
  cmn: "Chinese",
  jpn: "Japanese",
  rus: "Russian",
  fra: "French",
  spa: "Spanish",
  deu: "German",
};

export function languageMessage(code: string): string {
  const name = NAMES[code] ?? (code === "und" ? "an undetermined language" : `language "${code}"`);
  return `This article reads as ${name}; suggestions are English-only, so none are shown.`;
}
