// Records taken down at once by one editor, waiting for a second to confirm (stays down) or reverse (published again).
import { ActionForm, buttonClass } from "@/components/action-form";
import { formatDate } from "@/lib/dates";
import type { TakedownItem } from "@/lib/review/takedowns";
import { decideTakedownAction } from "../actions";

export function TakedownList({ items }: { items: TakedownItem[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="takedowns" className="space-y-3">
      <h2 id="takedowns" className="text-lg font-semibold">
        Taken down, waiting for a second editor
      </h2>
      <ol className="space-y-3">
        {items.map((item) => (
          <li key={item.id} className="rounded border border-red-300 p-3 text-sm" aria-label={`takedown ${item.id}`}>
            <p>
              {item.entityType} {item.entityId} · taken down {formatDate(item.createdAt)}
              {item.takenDownBy ? ` by ${item.takenDownBy}` : ""}: {item.reason}
            </p>
            {item.mayDecide ? (
              <div className="mt-2 flex gap-3">
                {(["confirmed", "reversed"] as const).map((decision) => (
                  <ActionForm key={decision} action={decideTakedownAction}>
                    <input type="hidden" name="takedownId" value={item.id} />
                    <input type="hidden" name="decision" value={decision} />
                    <button type="submit" className={buttonClass}>
                      {decision === "confirmed" ? "Confirm the takedown" : "Reverse: publish again"}
                    </button>
                  </ActionForm>
                ))}
              </div>
            ) : (
              <p className="mt-1 text-slate-600">You took this down: a second editor decides.</p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
