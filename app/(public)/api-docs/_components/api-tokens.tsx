// Who sees what (anonymous callers, researchers' tokens), the bulk export formats and the rate limits.
import { API_RATE_LIMITS } from "@/lib/api/rate-limit-limits";

export function ApiTokens() {
  return (
    <section aria-labelledby="tokens" className="space-y-2">
      <h2 id="tokens" className="text-xl font-semibold">
        Tokens, records in review, limits
      </h2>
      <p>
        Anonymous callers see published records. Researchers create a token on their account page and send it as{" "}
        <code>Authorization: Bearer stk_…</code>: they also see records in review, marked{" "}
        <code>&quot;status&quot;: &quot;in_review&quot;</code>, and may download bulk exports from{" "}
        <code>/api/v1/stances/export</code> (
        <code>format=csv|jsonl|parquet|datapackage|graphml-two-mode|graphml-congruence</code>
        ). Each export names the codebook version and the filter it was made from. <code>parquet</code> keeps the column
        types (pandas with pyarrow, R&apos;s arrow, DuckDB); <code>datapackage</code> is the Frictionless Data Package (
        <code>datapackage.json</code>) of the CSV with the same filter: field types, row count, licence and how to cite
        it. Save it beside the CSV and Frictionless tools read the pair.
      </p>
      <p>
        Limits: {API_RATE_LIMITS.perToken} requests a minute per token, {API_RATE_LIMITS.perAddress} per address without
        one. Over the limit the answer is 429 with <code>Retry-After</code> (seconds).
      </p>
    </section>
  );
}
