// How guessable a new password is, by zxcvbn (the @zxcvbn-ts port): it finds common passwords, dictionary words,
// names, keyboard walks, dates, repeats and l33t substitutions, and estimates the guesses an attacker needs.
// Scores run 0–4; below 3 ("safely unguessable": about 10^10 guesses, out of reach of online guessing and costly
// offline against argon2id) a password is refused with zxcvbn's own advice. The dictionaries load on first use.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary as commonWords } from "@zxcvbn-ts/language-common";
import { dictionary as englishWords, translations } from "@zxcvbn-ts/language-en";

export const MIN_PASSWORD_SCORE = 3;

let checker: ZxcvbnFactory | undefined;

/** Null for a strong enough password, else what is wrong with it and what to do. */
export function passwordWeakness(password: string, userInputs: string[] = []): string | null {
  checker ??= new ZxcvbnFactory({
    dictionary: { ...commonWords, ...englishWords, userInputs: ["stance", "tracker", "korean", "korea", "war"] },
    graphs: adjacencyGraphs,
    translations,
  });
  const result = checker.check(password, userInputs);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const advice = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(" ");
  return `This password is too easy to guess.${advice ? ` ${advice}` : " Use a few unrelated words, or a password manager."}`;
}
