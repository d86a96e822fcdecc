"use client";
// A file field that checks the file's size as soon as it is chosen, so an editor learns that it is too large before
// the upload starts (the server checks again: lib/import/read-text-file.ts). A too-large file blocks the form's
// submit through the browser's own validity message and says why beside the field.
import { useState } from "react";
import { describeBytes } from "@/lib/import/limits";

export function FileInput({
  maxBytes,
  serverError,
  ...props
}: { maxBytes: number; serverError?: string } & Omit<React.InputHTMLAttributes<HTMLInputElement>, "type">) {
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const message = tooLarge ?? serverError;
  return (
    <>
      <input
        {...props}
        type="file"
        aria-invalid={message ? true : undefined}
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
      {message ? <span className="mt-1 block text-sm text-red-700">{message}</span> : null}
    </>
  );
}
