"use client";
// A file field that checks the file's size as soon as it is chosen, so an editor learns that it is too large before
// the upload starts (the server checks again: lib/import/read-text-file.ts). A too-large file blocks the form's
// submit through the browser's own validity message and says why beside the field.
import { useState } from "react";
import { FormField, Input } from "@/components/form-field";
import { describeBytes } from "@/lib/import/limits";

export function FileField({
  name,
  label,
  maxBytes,
  serverError,
  ...props
}: { name: string; label: React.ReactNode; maxBytes: number; serverError?: string } & Omit<
  React.InputHTMLAttributes<HTMLInputElement>,
  "type" | "id" | "name"
>) {
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  return (
    <FormField name={name} label={label} error={tooLarge ?? serverError ?? null}>
      <Input
        {...props}
        type="file"
        className="mt-1 block text-sm"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          const problem =
            file && file.size > maxBytes
              ? `${file.name} is ${describeBytes(file.size)}; files up to ${describeBytes(maxBytes)} are accepted.`
              : null;
          event.currentTarget.setCustomValidity(problem ?? "");
          setTooLarge(problem);
        }}
      />
    </FormField>
  );
}
