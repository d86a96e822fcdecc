// Text with quotes highlighted: the text is cut at the quotes' offsets (UTF-16 units) into text nodes and
// <mark> elements, never turned into HTML. ArticleText numbers each quote and lists who said it, the coded
// positions and a link, as notes under the text; HighlightedSpan marks a single span (a quote in its paragraph).
import Link from "next/link";
import type { ArticleQuoteMark } from "@/lib/articles/public";
import { paths } from "@/lib/public-routes";
import { segmentText } from "@/lib/text-segments";
import { StanceBadge } from "./stance-badge";

const MARK =
  "rounded-sm bg-amber-100 px-0.5 text-slate-900 underline decoration-amber-600 decoration-2 underline-offset-4";

export function ArticleText({
  body,
  quotes,
  language,
}: {
  body: string;
  quotes: ArticleQuoteMark[];
  language: string;
}) {
  const numbers = new Map(quotes.map((quote, index) => [quote.id, index + 1]));
  const segments = segmentText(
    body,
    quotes.map((quote) => ({ start: quote.startOffset, end: quote.endOffset, value: quote })),
  );
  return (
    <>
      <div lang={language} className="leading-relaxed break-words whitespace-pre-line">
        {segments.map((segment) => {
          if (segment.covering.length === 0) return segment.text;
          const end = segment.start + segment.text.length;
          const ending = segment.covering.filter((quote) => quote.endOffset === end);
          return (
            <span key={segment.start}>
              <mark
                id={segment.start === segment.covering[0].startOffset ? `quote-${segment.covering[0].id}` : undefined}
                className={MARK}
              >
                {segment.text}
              </mark>
              {ending.map((quote) => (
                <sup key={quote.id}>
                  <a
                    href={`#note-${quote.id}`}
                    className="ml-0.5 font-semibold text-amber-800 underline"
                    aria-label={`Note ${numbers.get(quote.id)}: ${quote.speakerName ?? "unattributed"}`}
                  >
                    [{numbers.get(quote.id)}]
                  </a>
                </sup>
              ))}
            </span>
          );
        })}
      </div>
      {quotes.length > 0 ? (
        <section aria-labelledby="quote-notes" className="mt-8 border-t border-slate-200 pt-6">
          <h2 id="quote-notes" className="text-lg font-semibold">
            Quotes in this article
          </h2>
          <ol className="mt-3 space-y-4">
            {quotes.map((quote) => (
              <li key={quote.id} id={`note-${quote.id}`} className="scroll-mt-4">
                <p className="text-sm">
                  <a href={`#quote-${quote.id}`} className="font-semibold text-amber-800 underline">
                    [{numbers.get(quote.id)}]<span className="sr-only"> back to the text</span>
                  </a>{" "}
                  {quote.speakerSlug ? (
                    <Link href={paths.person(quote.speakerSlug)} className="font-medium underline">
                      {quote.speakerName}
                    </Link>
                  ) : (
                    <span className="font-medium">{quote.speakerName ?? "Unattributed"}</span>
                  )}
                  {quote.speakerCountry ? ` (${quote.speakerCountry})` : ""} ·{" "}
                  <Link href={paths.quote(quote.id)} className="underline">
                    Quote page<span className="sr-only"> for note {numbers.get(quote.id)}</span>
                  </Link>
                </p>
                {quote.stances.length > 0 ? (
                  <ul className="mt-1 flex flex-wrap gap-2" aria-label="Coded positions">
                    {quote.stances.map((stance, index) => (
                      <li key={index} className="max-w-full">
                        <StanceBadge
                          label={stance.positionLabel}
                          color={stance.color}
                          prefix={`${stance.holder}, ${stance.dimensionLabel}:`}
                        />
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="mt-1 text-sm text-slate-600">Context only: no position coded.</p>
                )}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}

export function HighlightedSpan({ text, start, end }: { text: string; start: number; end: number }) {
  return (
    <>
      {segmentText(text, [{ start, end, value: true }]).map((segment) =>
        segment.covering.length > 0 ? (
          <mark key={segment.start} className={MARK}>
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
