"use client";
// What a page shows when its server work failed unexpectedly (the error boundaries app/admin/error.tsx and
// app/(public)/error.tsx): what happened, that nothing half-done was kept, the reference to quote to an admin
// (the digest Next.js also writes to the server log), and a retry that fetches the page again.
export function ErrorNotice({
  error,
  retry,
  audience,
}: {
  error: Error & { digest?: string };
  retry: () => void;
  audience: "editor" | "public";
}) {
  return (
    <main role="alert" className="max-w-2xl">
      <h1 className="text-2xl font-semibold">This page could not be shown</h1>
      <p className="mt-3">
        The server ran into a problem while preparing it, or the database did not answer.{" "}
        {audience === "editor"
          ? "A save that was in progress either finished completely or not at all: reload the record to see which."
          : "Please try again in a moment."}
      </p>
      {error.digest && (
        <p className="mt-2 text-sm text-slate-600">
          Reference for the administrator: <code>{error.digest}</code>
        </p>
      )}
      <button type="button" onClick={retry} className="mt-4 rounded bg-slate-900 px-4 py-2 text-sm text-white">
        Try again
      </button>
    </main>
  );
}
