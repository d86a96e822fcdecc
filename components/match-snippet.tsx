// A search snippet from ts_headline, its matches as <mark> elements. The snippet is text split on delimiters,
// never HTML: whatever the article contains is rendered as text.
import { splitSnippet } from "@/lib/text-segments";

export function MatchSnippet({ snippet }: { snippet: string }) {
  return (
    <>
      {splitSnippet(snippet).map((piece, index) =>
        piece.match ? (
          <mark key={index} className="rounded-sm bg-yellow-200 px-0.5 text-slate-900">
            {piece.text}
          </mark>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}
