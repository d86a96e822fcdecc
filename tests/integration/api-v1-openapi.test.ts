// GET /api/v1/openapi.json: an OpenAPI 3.1 document generated from the same zod schemas the endpoints parse with.
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/openapi.json/route";

describe("GET /api/v1/openapi.json", () => {
  it("describes every endpoint with the explorer's parameters", async () => {
    const doc = (await GET(new Request("http://stances.example:8080/api/v1/openapi.json")).json()) as {
      servers: { url: string }[];
      openapi: string;
      paths: Record<string, { get: { parameters: { name: string; schema: { maximum?: number } }[] } }>;
    };
    expect(doc.openapi).toBe("3.1.0");
    // The server is where the document was fetched from, so generated clients call the right address.
    expect(doc.servers).toEqual([{ url: "http://stances.example:8080" }]);
    for (const resource of ["articles", "quotes", "stances", "country-stances", "countries", "people", "dimensions"]) {
      expect(Object.keys(doc.paths)).toContain(`/api/v1/${resource}`);
    }
    const params = doc.paths["/api/v1/stances"].get.parameters;
    expect(params.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        "speakerCountry",
        "holderCountry",
        "person",
        "attribution",
        "speakerKind",
        "dimension",
        "position",
        "statedFrom",
        "statedTo",
        "publishedFrom",
        "publishedTo",
        "outlet",
        "q",
        "cursor",
        "limit",
        "format",
      ]),
    );
    expect(params.find((p) => p.name === "limit")?.schema).toMatchObject({ type: "integer", minimum: 1, maximum: 500 });
    expect(params.find((p) => p.name === "outlet")?.schema).toMatchObject({ type: "integer", maximum: 2_147_483_647 });
  });

  it("documents the fields of coding rules 1.1 on stances and quotes", async () => {
    const doc = JSON.stringify(await GET(new Request("http://localhost/api/v1/openapi.json")).json());
    for (const field of ["statementId", "statedOnPrecision", "statedOnReported", "speakerKind", "strength"]) {
      expect(doc).toContain(`"${field}"`);
    }
    expect(doc).toContain("coding rule 8");
  });
});
