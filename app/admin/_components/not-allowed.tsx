// What a signed-in user sees on an admin page their role does not open.
export function NotAllowed({ what = "this page" }: { what?: string }) {
  return (
    <section aria-labelledby="not-allowed">
      <h1 id="not-allowed" className="text-xl font-semibold">
        Not available to your role
      </h1>
      <p className="mt-2 text-slate-600">Your role does not include {what}. Ask an admin if you need it.</p>
    </section>
  );
}
