// How much the suggestions help: quotes by origin and suggestions rejected (#17).
import type { SuggestionUse } from "@/lib/suggest/usage";

export function SuggestionUsePanel({ use }: { use: SuggestionUse }) {
  const fromSuggestions = use.accepted + use.edited;
  const offered = fromSuggestions + use.rejected;
  return (
    <section aria-labelledby="suggestion-use" className="mt-6 rounded border border-slate-200 p-3 text-sm">
      <h2 id="suggestion-use" className="font-semibold">
        Suggestions
      </h2>
      <p className="mt-1">
        Quotes from suggestions: <strong>{use.accepted}</strong> accepted as proposed, <strong>{use.edited}</strong>{" "}
        edited first; <strong>{use.manual}</strong> marked by hand. Suggestions rejected:{" "}
        <strong>{use.rejected}</strong>
        {offered > 0 ? ` (${Math.round((fromSuggestions / offered) * 100)} % of decided suggestions were kept)` : ""}.
      </p>
    </section>
  );
}
