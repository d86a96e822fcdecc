// The stance list's query parameters, rendered from the OpenAPI document the machine reads, so the table cannot drift.
export type Parameter = {
  name: string;
  description?: string;
  schema: { type?: string; enum?: string[]; default?: unknown };
};

export function ApiFilters({ filters }: { filters: Parameter[] }) {
  return (
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
  );
}
