// The read API for people: what it offers, the filters (rendered from the same OpenAPI document the machine
// reads, so the table cannot drift), tokens and limits, and examples in curl, R and Python.
import type { Metadata } from "next";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { API_RATE_LIMITS } from "@/lib/api/rate-limit-limits";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { requestOrigin } from "@/lib/request-origin";

export const metadata: Metadata = {
  title: "API for researchers",
  description: "Script against the record: a read API with filters, exports and an OpenAPI document.",
};

type Parameter = { name: string; description?: string; schema: { type?: string; enum?: string[]; default?: unknown } };

export default async function ApiDocsPage() {
  // The examples call the address this page was read at, so they work as copied.
  const site = requestOrigin(await headers(), env().SITE_URL);
  const doc = buildOpenApiDocument(site);
  const paths = doc.paths as Record<string, { get: { summary: string; parameters: Parameter[] } }>;
  const filters = paths["/api/v1/stances"].get.parameters;
  const curl = `curl "${site}/api/v1/stances?holderCountry=CN&dimension=instrument&limit=100"

# the next page: pass "next" back as cursor
curl "${site}/api/v1/stances?holderCountry=CN&dimension=instrument&cursor=WyIyMDIxLTEyLTAzIiwxMl0"

# CSV of one page, or the whole filter as a file (token needed)
curl -H "Accept: text/csv" "${site}/api/v1/stances?statedFrom=2021-01-01"
curl -H "Authorization: Bearer $STANCES_TOKEN" -o cn.csv "${site}/api/v1/stances/export?format=csv&holderCountry=CN"`;
  const r = `library(httr2)
library(dplyr)

fetch_all <- function(path, ...) {
  rows <- list(); cursor <- NULL
  repeat {
    req <- request("${site}") |> req_url_path(path) |> req_url_query(..., limit = 500, cursor = cursor)
    token <- Sys.getenv("STANCES_TOKEN")
    if (nzchar(token)) req <- req |> req_auth_bearer_token(token)
    page <- req |> req_perform() |> resp_body_json(simplifyVector = TRUE)
    rows[[length(rows) + 1]] <- page$data
    if (is.null(page$"next")) break
    cursor <- page$"next"
  }
  bind_rows(rows)
}

stances <- fetch_all("/api/v1/stances", holderCountry = "KP", dimension = "sequencing")
count(stances, position, sort = TRUE)

# a bulk export (token): a header row, then one stance per row
request("${site}") |> req_url_path("/api/v1/stances/export") |> req_url_query(format = "csv", holderCountry = "CN") |>
  req_auth_bearer_token(Sys.getenv("STANCES_TOKEN")) |> req_perform(path = "cn.csv")
export <- readr::read_csv("cn.csv")  # or read.csv("cn.csv", encoding = "UTF-8")
# networks: igraph::read_graph("congruence.graphml", format = "graphml")`;
  const python = `import os, requests, pandas as pd

def fetch_all(path, **params):
    headers = {"Authorization": f"Bearer {os.environ['STANCES_TOKEN']}"} if "STANCES_TOKEN" in os.environ else {}
    rows, cursor = [], None
    while True:
        page = requests.get(f"${site}{path}", params={**params, "limit": 500, "cursor": cursor}, headers=headers, timeout=60)
        page.raise_for_status()  # a 400 names each bad parameter in page.json()["error"]["fields"]
        body = page.json()
        rows += body["data"]
        if body["next"] is None:
            return pd.DataFrame(rows)
        cursor = body["next"]

stances = fetch_all("/api/v1/stances", speakerCountry="US", statedFrom="2021-01-01")
print(stances.groupby(["dimension", "position"]).size())

# bulk export as JSON Lines: one stance per line
lines = pd.read_json("${site}/api/v1/stances/export?format=jsonl", lines=True, storage_options={"Authorization": f"Bearer {os.environ['STANCES_TOKEN']}"})`;

  return (
    <main className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-3xl font-semibold">API for researchers</h1>
      <p>
        Everything on this site can be read by scripts under <code>/api/v1</code>. The machine-readable description is
        the{" "}
        <a className="underline" href="/api/v1/openapi.json">
          OpenAPI 3.1 document
        </a>
        ; load it into any OpenAPI client generator.
      </p>

      <section aria-labelledby="resources" className="space-y-2">
        <h2 id="resources" className="text-xl font-semibold">
          Resources
        </h2>
        <ul className="list-disc pl-6">
          {Object.entries(paths).map(([path, item]) => (
            <li key={path}>
              <code>GET {path}</code> — {item.get.summary}
            </li>
          ))}
        </ul>
        <p>
          Lists answer <code>{`{ "data": [...], "next": "…" }`}</code>. Pass <code>next</code> back as{" "}
          <code>cursor</code> until it is <code>null</code>; pages are cut by key (newest statement first), so rows
          never repeat or go missing while you page. Dates are <code>YYYY-MM-DD</code>.
        </p>
      </section>

      <section aria-labelledby="filters" className="space-y-2">
        <h2 id="filters" className="text-xl font-semibold">
          Filters
        </h2>
        <p>
          The explorer&apos;s filters, under the same names, on every list they apply to. A bad value answers 400 naming
          each parameter and why.
        </p>
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300">
              <th className="py-1 pr-2">Parameter</th>
              <th className="pr-2">Type</th>
              <th>Meaning</th>
            </tr>
          </thead>
          <tbody>
            {filters.map((parameter) => (
              <tr key={parameter.name} className="border-b border-slate-200 align-top">
                <td className="py-1 pr-2">
                  <code>{parameter.name}</code>
                </td>
                <td className="pr-2">
                  {parameter.schema.enum ? parameter.schema.enum.join(" | ") : (parameter.schema.type ?? "string")}
                </td>
                <td>{parameter.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

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
          ). Each export names the codebook version and the filter it was made from. <code>parquet</code> keeps the
          column types (pandas with pyarrow, R&apos;s arrow, DuckDB); <code>datapackage</code> is the Frictionless Data
          Package (<code>datapackage.json</code>) of the CSV with the same filter: field types, row count, licence and
          how to cite it. Save it beside the CSV and Frictionless tools read the pair.
        </p>
        <p>
          Limits: {API_RATE_LIMITS.perToken} requests a minute per token, {API_RATE_LIMITS.perAddress} per address
          without one. Over the limit the answer is 429 with <code>Retry-After</code> (seconds).
        </p>
      </section>

      {[
        ["curl", curl],
        ["R", r],
        ["Python", python],
      ].map(([name, code]) => (
        <section key={name} aria-labelledby={`example-${name}`} className="space-y-2">
          <h2 id={`example-${name}`} className="text-xl font-semibold">
            {name}
          </h2>
          <pre className="overflow-x-auto rounded bg-slate-100 p-3 text-sm">
            <code>{code}</code>
          </pre>
        </section>
      ))}
    </main>
  );
}
