// The read API for people: what it offers, the filters (rendered from the same OpenAPI document the machine
// reads, so the table cannot drift), tokens and limits, and examples in curl, R and Python.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { env } from "@/lib/env";
import { requestOrigin } from "@/lib/request-origin";
import { ApiExamples } from "./_components/api-examples";
import { ApiFilters, type Parameter } from "./_components/api-filters";
import { ApiResources } from "./_components/api-resources";
import { ApiTokens } from "./_components/api-tokens";

export const metadata: Metadata = {
  title: "API for researchers",
  description: "Script against the record: a read API with filters, exports and an OpenAPI document.",
};

export default async function ApiDocsPage() {
  // The examples call the address this page was read at, so they work as copied.
  const site = requestOrigin(await headers(), env().SITE_URL);
  const paths = buildOpenApiDocument(site).paths as Record<
    string,
    { get: { summary: string; parameters: Parameter[] } }
  >;
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
      <ApiResources paths={paths} />
      <ApiFilters filters={paths["/api/v1/stances"].get.parameters} />
      <ApiTokens />
      <ApiExamples site={site} />
    </main>
  );
}
