// The explorer's address rules (lib/stances/explorer-params.ts): parsing names bad parameters, and every link
// keeps the other filters, the order and the page size, and drops the cursor.
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import {
  csvPageHref,
  exportHref,
  explorerHref,
  nextPageHref,
  parseExplorerView,
  removeFilterHref,
  sortHref,
  withoutEmptyParams,
} from "@/lib/stances/explorer-params";

const fieldsOf = (params: Record<string, string | string[]>) => {
  try {
    parseExplorerView(params);
  } catch (error) {
    if (error instanceof AppError) return Object.keys(error.details.fields ?? {}).sort();
    throw error;
  }
  return [];
};

describe("parseExplorerView", () => {
  it("reads the StanceFilter names, the order, and the explorer's page size", () => {
    const view = parseExplorerView({ holderCountry: "cn", dimension: "instrument", sort: "asc" });
    expect(view).toEqual({
      sort: "asc",
      columns: null,
      filter: { holderCountry: "CN", dimension: "instrument", limit: 50 },
    });
    expect(parseExplorerView({}).sort).toBe("desc");
  });

  it.each([
    [{ country: "KR" }, ["country"]],
    [{ holderCountry: ["CN", "KR"] }, ["holderCountry"]],
    [{ statedFrom: "2021-02-30" }, ["statedFrom"]],
    [{ statedFrom: "2021-06-01", statedTo: "2021-01-01" }, ["statedTo"]],
    [{ sort: "up", limit: "9999" }, ["limit", "sort"]],
    [{ cols: "stated,colour" }, ["cols"]],
  ])("names the bad parameters of %j", (params, names) => {
    expect(fieldsOf(params)).toEqual(names);
  });
});

describe("links of a view", () => {
  const view = parseExplorerView({
    holderCountry: "CN",
    dimension: "instrument",
    position: "treaty",
    sort: "asc",
    limit: "20",
    cursor: "WyIyMDIxLTAxLTAxIiwzXQ",
  });

  it("add or remove filters, keeping order and page size but not the cursor", () => {
    expect(explorerHref(view, { attribution: "analyst" })).toBe(
      "/explore?holderCountry=CN&attribution=analyst&dimension=instrument&position=treaty&sort=asc&limit=20",
    );
    expect(removeFilterHref(view, "holderCountry")).toBe(
      "/explore?dimension=instrument&position=treaty&sort=asc&limit=20",
    );
    // A position key without its dimension could name positions of several dimensions.
    expect(removeFilterHref(view, "dimension")).toBe("/explore?holderCountry=CN&sort=asc&limit=20");
    expect(sortHref(view, "desc")).toBe("/explore?holderCountry=CN&dimension=instrument&position=treaty&limit=20");
    expect(nextPageHref(view, "abc")).toBe(
      "/explore?holderCountry=CN&dimension=instrument&position=treaty&sort=asc&limit=20&cursor=abc",
    );
  });

  it("keep the chosen columns (a saved view is one address), which exports do not take", () => {
    const withColumns = parseExplorerView({ holderCountry: "CN", cols: "stated,position,outlet" });
    expect(withColumns.columns).toEqual(["stated", "position", "outlet"]);
    expect(explorerHref(withColumns, { dimension: "instrument" })).toBe(
      "/explore?holderCountry=CN&dimension=instrument&cols=stated%2Cposition%2Coutlet",
    );
    expect(exportHref(withColumns.filter, "csv")).toBe("/api/v1/stances/export?holderCountry=CN&format=csv");
  });

  it("export exactly the criteria", () => {
    expect(exportHref(view.filter, "jsonl")).toBe(
      "/api/v1/stances/export?holderCountry=CN&dimension=instrument&position=treaty&format=jsonl",
    );
    expect(csvPageHref(view.filter)).toBe(
      "/api/v1/stances?holderCountry=CN&dimension=instrument&position=treaty&format=csv&limit=500",
    );
  });

  it("drop the empty fields a submitted form sends", () => {
    expect(withoutEmptyParams({ holderCountry: "CN", dimension: "", q: "" })).toBe("/explore?holderCountry=CN");
    expect(withoutEmptyParams({ q: "" })).toBe("/explore");
    expect(withoutEmptyParams({ holderCountry: "CN" })).toBeNull();
  });
});
