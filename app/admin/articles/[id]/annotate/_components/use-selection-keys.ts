// The selection keys of the article text, as in a text editor: the selection has an anchor (where it started)
// and a focus (the end that moves). Shift+→/← move the focus by a character, Ctrl+Shift+→/← by a word,
// Shift+End/Home to the end/start of the sentence (again: the next/previous one); `s` widens the selection to
// whole sentences and `"` to the text inside the quotation marks around it (again: with the marks).
import type { Span } from "@/lib/anchoring/text-span";
import { nextWordEdge } from "@/lib/anchoring/words";
import { characterStep, expandToQuotation, expandToSentences, sentenceEdge } from "@/lib/anchoring/text-units";

export interface TextSelection {
  anchor: number;
  focus: number;
}

export type SelectionMove = { selection: TextSelection } | { notice: string };

export const spanOf = (selection: TextSelection): Span => ({
  start: Math.min(selection.anchor, selection.focus),
  end: Math.max(selection.anchor, selection.focus),
});

type Keys = Pick<KeyboardEvent, "key" | "shiftKey" | "ctrlKey" | "altKey" | "metaKey">;

/** The selection after a selection key, a notice when the key cannot apply, or null for any other key. */
export function selectionKey(event: Keys, body: string, current: TextSelection | null): SelectionMove | null {
  if (event.altKey || event.metaKey) return null;
  const here = current ?? { anchor: 0, focus: 0 };
  const focusTo = (focus: number): SelectionMove => ({ selection: { anchor: here.anchor, focus } });
  if (event.shiftKey && (event.key === "ArrowRight" || event.key === "ArrowLeft")) {
    const direction = event.key === "ArrowRight" ? 1 : -1;
    if (!event.ctrlKey) return focusTo(characterStep(body, here.focus, direction));
    return focusTo(nextWordEdge(body, here.focus, direction, direction === 1 ? "end" : "start"));
  }
  if (event.ctrlKey) return null;
  if (event.shiftKey && (event.key === "End" || event.key === "Home")) {
    return focusTo(sentenceEdge(body, here.focus, event.key === "End" ? 1 : -1));
  }
  if (event.key === "s" || event.key === '"') {
    const span = spanOf(here);
    if (!current || span.end === span.start) return { notice: "Select some text first." };
    if (event.key === "s") {
      const sentences = expandToSentences(body, span);
      return { selection: { anchor: sentences.start, focus: sentences.end } };
    }
    const quotation = expandToQuotation(body, span);
    return quotation
      ? { selection: { anchor: quotation.start, focus: quotation.end } }
      : { notice: "No quotation marks around the selection (within its paragraph)." };
  }
  return null;
}
