"use client";
// "?" anywhere but in a text box: every key of the page, in a modal dialog (Esc or the button closes it and
// focus returns where it was). Each page gives its own lists.
import { useEffect, useRef } from "react";
export type Shortcut = [keys: string, what: string];

interface Props {
  sections: { title: string; keys: Shortcut[] }[];
}

export function ShortcutsDialog({ sections }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "?" || event.ctrlKey || event.altKey || event.metaKey || isTyping(event.target)) return;
      event.preventDefault();
      if (!dialog.current?.open) dialog.current?.showModal();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="shortcuts-title"
      className="m-auto max-h-[85vh] w-[40rem] max-w-[95vw] rounded border border-slate-300 p-4 backdrop:bg-slate-900/40"
    >
      <div className="flex items-baseline justify-between">
        <h2 id="shortcuts-title" className="text-lg font-semibold">
          Keyboard shortcuts
        </h2>
        <button type="button" onClick={() => dialog.current?.close()} className="rounded border px-2 text-sm">
          Close <kbd className="text-xs">Esc</kbd>
        </button>
      </div>
      {sections.map((section) => (
        <section key={section.title} className="mt-3">
          <h3 className="font-medium">{section.title}</h3>
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
            {section.keys.map(([keys, what]) => (
              <div key={keys} className="contents">
                <dt>
                  <kbd className="font-mono text-xs">{keys}</kbd>
                </dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </dialog>
  );
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)
    return true;
  return target instanceof HTMLInputElement && !["checkbox", "radio", "button", "submit"].includes(target.type);
}
