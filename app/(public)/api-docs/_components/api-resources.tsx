// Every path of the OpenAPI document with its summary, and how lists page.
export function ApiResources({ paths }: { paths: Record<string, { get: { summary: string } }> }) {
  return (
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
        Lists answer <code>{`{ "data": [...], "next": "…" }`}</code>. Pass <code>next</code> back as <code>cursor</code>{" "}
        until it is <code>null</code>; pages are cut by key (newest statement first), so rows never repeat or go missing
        while you page. Dates are <code>YYYY-MM-DD</code>.
      </p>
      <p>
        To keep a copy in step, note the time before each sync and pass it next time as <code>updatedSince</code>: the
        lists then give only what changed since (on stances, anything in the row, the speaker&apos;s name and roles
        included), and each list&apos;s <code>…/removed</code> (stances, quotes, articles, country stance records) the
        ids to delete (taken down, unpublished or deleted).
      </p>
    </section>
  );
}
