// How many articles were double-coded and by whom, where the public sees the same figures, and the exports.
import Link from "next/link";

const exportHref = (format: "csv" | "jsonl") => `/api/v1/agreement/units?format=${format}`;

export function AgreementIntro({
  articles,
  coders,
}: {
  articles: number;
  coders: { pseudonym: string; name: string }[];
}) {
  const names = coders.map((coder) => `${coder.pseudonym}: ${coder.name}`).join(", ");
  return (
    <p className="mt-2 max-w-3xl text-slate-700">
      {articles} double-coded articles. Coders: {names || "none yet"}. The public sees the same figures without names on{" "}
      <Link href="/reliability" className="underline">
        /reliability
      </Link>
      ; researchers can export the units (
      <a href={exportHref("csv")} className="underline">
        CSV
      </a>
      ,{" "}
      <a href={exportHref("jsonl")} className="underline">
        JSONL
      </a>
      ).
    </p>
  );
}
