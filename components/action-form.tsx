"use client";
// A form bound to a server action made with lib/actions.ts's formAction: shows the returned message (as an alert
// on failure, a status on success) and hands field errors to <FormField> and <FieldError> through context.
import { createContext, useActionState, useContext } from "react";
import type { FormState } from "@/lib/actions";

const FieldErrors = createContext<Record<string, string[]> | undefined>(undefined);

export function ActionForm({
  action,
  children,
  className,
  successMessage,
  done = false,
  "aria-label": ariaLabel,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  children: React.ReactNode;
  className?: string;
  successMessage?: string;
  /**
   * The form has nothing left to do (the page re-rendered after its action took the record out of its reach, as a
   * takedown does): its fields go, its last message stays. The page must keep rendering the form at the same place.
   */
  done?: boolean;
  "aria-label"?: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const message = state?.message ?? (state?.ok ? successMessage : undefined);
  const said = message ? (
    <p
      role={state?.ok ? "status" : "alert"}
      className={`mt-2 text-sm ${state?.ok ? "text-green-800" : "text-red-700"}`}
    >
      {message}
    </p>
  ) : null;
  if (done) return said;
  return (
    <form action={formAction} className={className} aria-label={ariaLabel} aria-busy={pending}>
      <FieldErrors.Provider value={state?.fields}>{children}</FieldErrors.Provider>
      {said}
    </form>
  );
}

/** The enclosing ActionForm's messages for one field (components/form-field.tsx shows them beside the control). */
export function useFieldErrors(name: string): string[] | undefined {
  return useContext(FieldErrors)?.[name];
}

/** A message that belongs to no one control (a stale `version`, the merge target): fields use FormField. */
export function FieldError({ name, id }: { name: string; id?: string }) {
  const errors = useFieldErrors(name);
  if (!errors?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700">
      {errors.join(" ")}
    </p>
  );
}

export const inputClass =
  "mt-1 block w-full rounded border border-slate-300 px-3 py-2 focus:outline-2 focus:outline-blue-600";
export const buttonClass =
  "rounded bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-50";
