"use client";
// A modal form that confirms a creation ("Create person", "New organization"): it opens on mount with the focus
// on the field marked data-autofocus, Esc or Cancel closes it having created nothing, and its button (or Enter in a field)
// runs `onConfirm`, which answers with the errors to show beside the fields, or null when it is done. It is
// rendered into <body> (a form cannot hold a form) and keeps its keys to itself, so Esc, Enter and the coding keys
// never reach the panel it was opened from. Focus goes back where it was when it closes.
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";

export type DialogErrors = { message?: string; fields?: Record<string, string[]> };

interface Props {
  title: string;
  confirmLabel: string;
  /** What the button says while onConfirm runs ("Creating…"). */
  workingLabel: string;
  /** The fields, given their errors by name. */
  children: (errors: Record<string, string[]>) => ReactNode;
  /** Reads the form; null when it is done (the dialog closes), else what to show. */
  onConfirm: (form: FormData) => Promise<DialogErrors | null>;
  /** Esc, Cancel, or done: the caller unmounts the dialog (and moves the focus on, after a creation). */
  onClose: () => void;
}

export function ConfirmDialog({ title, confirmLabel, workingLabel, children, onConfirm, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [errors, setErrors] = useState<DialogErrors>({});
  const [working, setWorking] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (!element || element.open) return;
    element.showModal();
    element.querySelector<HTMLElement>("[data-autofocus]")?.focus();
  }, []);

  async function confirm(form: FormData) {
    if (working) return;
    setWorking(true);
    try {
      const outcome = await onConfirm(form).catch(() => ({
        message: "The server did not answer; nothing was created.",
      }));
      if (outcome) setErrors(outcome);
      else dialog.current?.close();
    } finally {
      setWorking(false);
    }
  }

  return createPortal(
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-title`}
      aria-describedby={errors.message ? `${id}-message` : undefined}
      onClose={onClose}
      onKeyDown={(event) => event.stopPropagation()}
      className="m-auto w-[28rem] max-w-[95vw] rounded border border-slate-300 p-4 backdrop:bg-slate-900/40"
    >
      <form
        noValidate
        aria-busy={working || undefined}
        onSubmit={(event) => {
          event.preventDefault();
          event.stopPropagation();
          void confirm(new FormData(event.currentTarget));
        }}
        className="space-y-3"
      >
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {title}
        </h2>
        {children(errors.fields ?? {})}
        {errors.message ? (
          <p id={`${id}-message`} role="alert" className="text-sm text-red-700">
            {errors.message}
          </p>
        ) : null}
        <div className="flex gap-2">
          <button
            type="submit"
            disabled={working}
            className="rounded bg-slate-900 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-50"
          >
            {working ? workingLabel : confirmLabel}
          </button>
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            className="rounded border border-slate-400 px-3 py-1.5 text-sm"
          >
            Cancel <kbd className="text-xs opacity-70">Esc</kbd>
          </button>
        </div>
      </form>
    </dialog>,
    document.body,
  );
}

export const dialogInputClass =
  "mt-1 block w-full rounded border border-slate-300 px-2 py-1.5 text-sm focus:outline-2 focus:outline-blue-600";
