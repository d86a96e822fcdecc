import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/action-form";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getReviewFilterOptions, listReviewQueue } from "@/lib/review/queries";
import { reviewQueueFilterSchema } from "@/lib/review/schemas";
import { NotAllowed } from "../_components/not-allowed";
import { bulkApproveAction } from "../articles/[id]/actions";
import { ReviewItemCard } from "./_components/review-item";
import { ReviewKeys } from "./_components/review-keys";
import { RevisionItemCard } from "./_components/revision-item";
import { TakedownList } from "./_components/takedown-list";
import { listOpenTakedowns } from "@/lib/review/takedowns";
import { listRevisionsForReview } from "@/lib/review/revision-queries";

export const metadata: Metadata = { title: "Review" };

type Search = Record<string, string | string[] | undefined>;

export default async function ReviewPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await getCurrentUser();
  if (!can(user, "review.publish")) return <NotAllowed what="reviewing" />;
  const search = await searchParams;
  // A hand-edited address with a bad filter shows the whole queue rather than an error.
  const parsed = reviewQueueFilterSchema.safeParse(
    Object.fromEntries(Object.entries(search).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value])),
  );
  const filter = parsed.success ? parsed.data : reviewQueueFilterSchema.parse({});
  const [page, options, corrections, takedowns] = await Promise.all([
    filter.revision === "revision" ? { items: [], nextCursor: null } : listReviewQueue(user, filter),
    getReviewFilterOptions(user),
    filter.revision === "new"
      ? { items: [] }
      : listRevisionsForReview(user, { view: filter.view, article: filter.article, editor: filter.editor }),
    listOpenTakedowns(user),
  ]);
  const bulk =
    filter.view === "waiting" && filter.article
      ? page.items.filter((item) => item.kind === "quote" && item.approval === "allowed")
      : [];
  const link = (changes: Record<string, string | undefined>) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...filter, cursor: undefined, ...changes }))
      if (value !== undefined && value !== "") params.set(key, String(value));
    return `/admin/review?${params}`;
  };

  return (
    <main className="space-y-4">
      <h1 className="text-2xl font-semibold">Review</h1>
      <nav aria-label="Views" className="flex gap-4 text-sm">
        <Link
          href={link({ view: "waiting" })}
          aria-current={filter.view === "waiting" ? "page" : undefined}
          className="underline"
        >
          Waiting for review
        </Link>
        <Link
          href={link({ view: "returned" })}
          aria-current={filter.view === "returned" ? "page" : undefined}
          className="underline"
        >
          Returned to me
        </Link>
      </nav>
      {filter.view === "waiting" ? (
        <form method="get" className="flex flex-wrap items-end gap-3 text-sm" aria-label="Filter the queue">
          <label>
            Status
            <select name="view" defaultValue={filter.view} className="ml-1 rounded border border-slate-300 px-1 py-1">
              <option value="waiting">In review</option>
              <option value="returned">Returned to me</option>
            </select>
          </label>
          <label>
            New or revision
            <select
              name="revision"
              defaultValue={filter.revision ?? ""}
              className="ml-1 rounded border border-slate-300 px-1 py-1"
            >
              <option value="">Both</option>
              <option value="new">New</option>
              <option value="revision">Revision of published</option>
            </select>
          </label>
          <label>
            Article
            <select
              name="article"
              defaultValue={filter.article ?? ""}
              className="ml-1 rounded border border-slate-300 px-1 py-1"
            >
              <option value="">Any</option>
              {options.articles.map((article) => (
                <option key={article.id} value={article.id}>
                  {article.title}
                </option>
              ))}
            </select>
          </label>
          <label>
            Editor
            <select
              name="editor"
              defaultValue={filter.editor ?? ""}
              className="ml-1 rounded border border-slate-300 px-1 py-1"
            >
              <option value="">Any</option>
              {options.editors.map((editor) => (
                <option key={editor.id} value={editor.id}>
                  {editor.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Country
            <select
              name="country"
              defaultValue={filter.country ?? ""}
              className="ml-1 rounded border border-slate-300 px-1 py-1"
            >
              <option value="">Any</option>
              {options.countries.map((country) => (
                <option key={country.code} value={country.code}>
                  {country.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="rounded border border-slate-400 px-3 py-1">
            Filter
          </button>
        </form>
      ) : null}

      {bulk.length > 0 ? (
        <ActionForm action={bulkApproveAction} aria-label="Approve the whole article">
          <input type="hidden" name="articleId" value={filter.article} />
          <input type="hidden" name="quotes" value={bulk.map((item) => `${item.id}:${item.version}`).join(",")} />
          <button type="submit" className="rounded border border-slate-400 px-3 py-2 text-sm">
            Approve all {bulk.length} quote(s) shown from this article
          </button>
        </ActionForm>
      ) : null}

      <TakedownList items={takedowns} />

      <ReviewKeys>
        {corrections.items.length > 0 ? (
          <section aria-labelledby="corrections" className="mb-6 space-y-3">
            <h2 id="corrections" className="text-lg font-semibold">
              Corrections of published records
            </h2>
            <ol className="space-y-4">
              {corrections.items.map((item) => (
                <RevisionItemCard key={item.id} item={item} view={filter.view} />
              ))}
            </ol>
          </section>
        ) : null}

        {page.items.length === 0 ? (
          <p className="text-slate-600">
            {filter.view === "waiting" ? "Nothing waits for review." : "Nothing has been returned to you."}
          </p>
        ) : null}
        <ol className="space-y-4">
          {page.items.map((item) => (
            <ReviewItemCard key={`${item.kind}-${item.id}`} item={item} view={filter.view} />
          ))}
        </ol>
        {page.nextCursor ? (
          <Link
            href={`${link({})}&cursor=${encodeURIComponent(page.nextCursor)}`}
            className="text-sm underline"
            data-review-more=""
          >
            Next page (50 a page)
          </Link>
        ) : null}
      </ReviewKeys>
    </main>
  );
}
