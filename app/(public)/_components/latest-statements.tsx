// The home page's six latest published statements.
import { QuoteCard } from "@/components/quote-card";
import { listLatestQuotes } from "@/lib/quotes/public";

export async function LatestStatements() {
  const latest = await listLatestQuotes(6);
  return (
    <section aria-labelledby="latest-heading">
      <h2 id="latest-heading" className="text-xl font-semibold">
        Latest statements
      </h2>
      {latest.length === 0 ? (
        <p className="mt-3 text-slate-700">No statement has been published yet.</p>
      ) : (
        <ul className="mt-4 grid gap-4 md:grid-cols-2">
          {latest.map((quote) => (
            <li key={quote.id}>
              <QuoteCard quote={quote} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
