// Every key of the annotation workspace, in one place: the key list beside the text and the "?" dialog both
// read it, so neither can fall behind the other.
import type { Shortcut } from "@/components/ui/shortcuts-dialog";

export const TEXT_KEYS: Shortcut[] = [
  ["Tab", "go to the text"],
  ["← →", "previous / next word"],
  ["↑ ↓", "previous / next paragraph"],
  ["Shift+→ / Shift+←", "move the selection's end by a character"],
  ["Ctrl+Shift+→ / ←", "… by a word"],
  ["Shift+End / Shift+Home", "… to the end / start of the sentence (again: the next / previous one)"],
  ["s", "take the whole sentence (again: one more)"],
  ['"', "take the words inside the quotation marks (again: with the marks)"],
  ["[ / ]", "grow / shrink the selection's start by a word"],
  ["/", "find text"],
  ["q", "mark the selection as a quote (or as the open quote's new text)"],
  ["n / p", "next / previous quote"],
  ["Enter", "open the quote under the cursor (a list when several cover it)"],
  ["Ctrl+Z", "undo a deletion"],
  ["?", "all keys"],
];

export const PANEL_KEYS: Shortcut[] = [
  ["↓ ↑, Enter", "in the speaker box: choose a person (then on to the first dimension)"],
  ["Tab / Shift+Tab", "in a dimension: next / previous dimension"],
  ["1–9, 0", "in a dimension: choose or drop a position (several may apply), none"],
  ["← →", "in a dimension: previous / next position"],
  [
    "h, then a country code",
    "in a dimension: whose stance it is; h again adds another holder (Enter on an empty box: the speaker's country)",
  ],
  ["Alt+S", "this quote reports the first statement offered under “same statement as”"],
  ["Ctrl+Enter", "save the quote as a draft"],
  ["Ctrl+Shift+Enter", "save and submit it for review"],
  ["Esc", "close the quote, back to the text"],
];
