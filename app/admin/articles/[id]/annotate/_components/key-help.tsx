// The workspace's keys, shown while no quote is open (and read to screen readers from the text's description).
import { PANEL_KEYS, TEXT_KEYS } from "./shortcuts";

const KEYS = [...TEXT_KEYS, ...PANEL_KEYS.filter(([keys]) => keys.startsWith("Ctrl") || keys === "Esc")];

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
