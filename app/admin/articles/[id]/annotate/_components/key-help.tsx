// The workspace's keys, shown while no quote is open (and read to screen readers from the text's description).
const KEYS: [string, string][] = [
  ["Tab", "go to the text"],
  ["← →", "previous / next word"],
  ["↑ ↓", "previous / next paragraph"],
  ["Shift+→ / Shift+←", "move the selection's end by a character"],
  ["Ctrl+Shift+→ / ←", "… by a word"],
  ["Shift+End / Shift+Home", "… to the end / start of the sentence"],
  ["s", "take the whole sentence"],
  ['"', "take the text inside the quotation marks (again: with the marks)"],
  ["[ / ]", "grow / shrink the selection's start by a word"],
  ["/", "find text"],
  ["q", "mark the selection as a quote (or as the open quote's new text)"],
  ["n / p", "next / previous quote"],
  ["Enter", "open the quote under the cursor"],
  ["1–9, 0", "in a dimension: choose a position, none"],
  ["Ctrl+Enter", "save the quote"],
  ["Esc", "close the quote, back to the text"],
  ["Ctrl+Z", "undo a deletion"],
];

export function KeyHelp() {
  return (
    <section aria-labelledby="keys-title" className="rounded border border-slate-200 p-3 text-sm">
      <h2 id="keys-title" className="font-semibold">
        Select text, then press q
      </h2>
      <dl id="text-keys" className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
        {KEYS.map(([keys, what]) => (
          <div key={keys} className="contents">
            <dt>
              <kbd className="font-mono text-xs">{keys}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
