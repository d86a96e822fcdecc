"use client";
// One labelled form control, the same everywhere: a <label> tied to the control by id, an optional hint, and the
// field's error message, both named by the control's aria-describedby so a screen reader reads them with it, and
// aria-invalid while there is an error. The message comes from the enclosing <ActionForm> (the server action's
// field errors, by name) unless the caller passes `error` (forms that keep their own state).
//
//   <FormField name="title" label="Title" hint="As the outlet printed it">
//     <Input defaultValue={article.title} required />
//   </FormField>
//
// The control (Input, TextArea, Select) takes its id, name and aria attributes from the field through context, so
// a page cannot forget one of them; everything else (type, defaultValue, required, ref, key handlers…) is passed
// as usual. `layout="inline"` puts the label beside the control (search boxes, the workspace's prompts); `live`
// makes the error an alert, for fields checked while typing, where no submit moves the reader to the message.
import { createContext, use, useId, type ReactNode } from "react";
import { inputClass, useFieldErrors } from "@/components/action-form";

interface FieldControl {
  id: string;
  name: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
}

const FieldContext = createContext<FieldControl | null>(null);

export function FormField({
  name,
  label,
  hint,
  error,
  id: fixedId,
  layout = "stacked",
  hideLabel = false,
  live = false,
  className,
  children,
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** A message from the caller's own state; without it, the enclosing ActionForm's errors for `name`. */
  error?: string | string[] | null;
  /** A fixed id, for a control that other code focuses or finds by id; otherwise one of React's. */
  id?: string;
  layout?: "stacked" | "inline";
  /** For screen readers only, where the form says what the control is by itself (a lone search box). */
  hideLabel?: boolean;
  /** The error is announced as it appears (role="alert"). */
  live?: boolean;
  className?: string;
  children: ReactNode;
}) {
  const generatedId = useId();
  const id = fixedId ?? generatedId;
  const fromForm = useFieldErrors(name);
  const message = (error === undefined ? fromForm : error) ?? undefined;
  const errorText = Array.isArray(message) ? message.join(" ") : message;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errorText ? `${id}-error` : undefined;
  const control: FieldControl = {
    id,
    name,
    "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
    "aria-invalid": errorText ? true : undefined,
  };
  const inline = layout === "inline";
  return (
    <div className={className ?? (inline ? "flex flex-wrap items-center gap-2 text-sm" : "text-sm")}>
      <label htmlFor={id} className={hideLabel ? "sr-only" : inline ? "font-medium" : "block font-medium"}>
        {label}
      </label>
      <FieldContext value={control}>{children}</FieldContext>
      {hint ? (
        <p id={hintId} className={inline ? "text-slate-600" : "mt-1 text-slate-600"}>
          {hint}
        </p>
      ) : null}
      {errorText ? (
        <p id={errorId} role={live ? "alert" : undefined} className={inline ? "text-red-700" : "mt-1 text-red-700"}>
          {errorText}
        </p>
      ) : null}
    </div>
  );
}

function useFieldControl(component: string): FieldControl {
  const control = use(FieldContext);
  if (!control) throw new Error(`<${component}> must be placed inside a <FormField>.`);
  return control;
}

type Controlled<T> = Omit<T, "id" | "name" | "aria-describedby" | "aria-invalid">;

export function Input({ className, ...props }: Controlled<React.ComponentProps<"input">>) {
  const control = useFieldControl("Input");
  return <input {...props} {...control} className={className ?? inputClass} />;
}

export function TextArea({ className, ...props }: Controlled<React.ComponentProps<"textarea">>) {
  const control = useFieldControl("TextArea");
  return <textarea {...props} {...control} className={className ?? inputClass} />;
}

export function Select({ className, ...props }: Controlled<React.ComponentProps<"select">>) {
  const control = useFieldControl("Select");
  return <select {...props} {...control} className={className ?? inputClass} />;
}
