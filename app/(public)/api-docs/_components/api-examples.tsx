// Scripts that page through the API and download an export, in curl, R and Python. They call the address the
// page was read at, so they work as copied.

function examples(site: string): [string, string][] {
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
  return [
    ["curl", curl],
    ["R", r],
    ["Python", python],
  ];
}

export function ApiExamples({ site }: { site: string }) {
  return examples(site).map(([name, code]) => (
    <section key={name} aria-labelledby={`example-${name}`} className="space-y-2">
      <h2 id={`example-${name}`} className="text-xl font-semibold">
        {name}
      </h2>
      <pre className="overflow-x-auto rounded bg-slate-100 p-3 text-sm">
        <code>{code}</code>
      </pre>
    </section>
  ));
}
