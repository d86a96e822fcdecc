import { listPublishedArticles } from "@/lib/articles/public";
import { formatDate } from "@/lib/format";

// Reads the database on each request until publishing revalidates these pages (public site issue).
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const articles = await listPublishedArticles();
  return (
    <main className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-2xl font-semibold">Ending the Korean War: who says what</h1>
      <p className="mt-2 text-slate-600">
        A record of what governments and their officials have said about formally ending the 1950–53 war — by an
        end-of-war declaration or a peace treaty, in what order relative to denuclearization, and with which parties.
      </p>
      <h2 className="mt-8 text-lg font-semibold">Articles</h2>
      {articles.length === 0 ? (
        <p className="mt-2 text-slate-600">No article has been published yet.</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-200">
          {articles.map((article) => (
            <li key={article.id} className="py-3">
              <p className="font-medium">{article.title}</p>
              <p className="text-sm text-slate-600">
                {[article.outlet, formatDate(article.publishedOn)].filter(Boolean).join(" · ")} ·{" "}
                {article.quoteCount} {article.quoteCount === 1 ? "quote" : "quotes"}
              </p>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
