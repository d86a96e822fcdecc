// The paragraph around a quote, cut into the text before it, the quote and the text after it, so the review
// page shows the quote in context as React text with the quote in a <mark> (never as an HTML string).
// Offsets are UTF-16 code units, end exclusive (docs/decisions/003-quote-offsets.md). Pure.

export interface QuoteInContext {
  before: string;
  quote: string;
  after: string;
  /** False when the text at the offsets is no longer the quote (the body changed): show the quote alone. */
  anchored: boolean;
}

// A paragraph can run long in wire copy without line breaks; beyond this many characters either side the
// context is cut at a word and marked with an ellipsis.
const MAX_CONTEXT = 600;

export function quoteInContext(body: string, start: number, end: number, text: string): QuoteInContext {
  if (body.slice(start, end) !== text) return { before: "", quote: text, after: "", anchored: false };
  const paragraphStart = body.lastIndexOf("\n", start - 1) + 1;
  const nextBreak = body.indexOf("\n", end);
  const paragraphEnd = nextBreak === -1 ? body.length : nextBreak;
  return {
    before: clipStart(body.slice(paragraphStart, start)),
    quote: text,
    after: clipEnd(body.slice(end, paragraphEnd)),
    anchored: true,
  };
}

function clipStart(text: string): string {
  if (text.length <= MAX_CONTEXT) return text;
  const cut = text.slice(-MAX_CONTEXT);
  return `…${cut.slice(cut.indexOf(" ") + 1)}`;
}

function clipEnd(text: string): string {
  if (text.length <= MAX_CONTEXT) return text;
  const cut = text.slice(0, MAX_CONTEXT);
  return `${cut.slice(0, cut.lastIndexOf(" "))}…`;
}
