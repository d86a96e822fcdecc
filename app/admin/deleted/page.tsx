import type { Metadata } from "next";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/dates";
import { listDeleted, type DeletedItem } from "@/lib/records/deleted";
import { ActionForm } from "@/components/action-form";
import { NotAllowed } from "../_components/not-allowed";
import { restoreArticleAction, restorePersonAction } from "./actions";

export const metadata: Metadata = { title: "Deleted" };

function DeletedList({ title, kind, items }: { title: string; kind: "article" | "person"; items: DeletedItem[] }) {
  const action = kind === "article" ? restoreArticleAction : restorePersonAction;
  return (
    <section aria-labelledby={`deleted-${kind}`} className="mt-6">
      <h2 id={`deleted-${kind}`} className="text-lg font-semibold">
        {title}
      </h2>
      {items.length === 0 ? (
        <p className="mt-2 text-slate-600">None.</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-200">
          {items.map((item) => (
            <li key={item.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
              <span>
                {item.label} <span className="text-sm text-slate-600">· deleted {formatDate(item.deletedAt)}</span>
              </span>
              <ActionForm action={action} aria-label={`Restore ${kind} ${item.label}`} successMessage="Restored.">
                <input type="hidden" name="id" value={item.id} />
                <button type="submit" className="rounded border border-slate-400 px-3 py-1 text-sm">
                  Restore
                </button>
              </ActionForm>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export default async function DeletedPage() {
  const user = await getCurrentUser();
  if (!can(user, "article.delete") || !can(user, "person.delete")) return <NotAllowed what="deleted records" />;
  const { articles, people } = await listDeleted(user);
  return (
    <main>
      <h1 className="text-2xl font-semibold">Deleted</h1>
      <p className="mt-1 max-w-prose text-sm text-slate-600">
        Deleted articles and people are hidden everywhere but kept; restoring one brings it back as it was.
      </p>
      <DeletedList title="Articles" kind="article" items={articles} />
      <DeletedList title="People" kind="person" items={people} />
    </main>
  );
}
