// The admin home's inbox: one count per kind of waiting work, each linking to where it is done, and the next
// action (the first kind with work in it) said first.
import Link from "next/link";
import type { InboxItem } from "@/lib/admin-home/inbox";

export function Inbox({ items }: { items: InboxItem[] }) {
  const next = items.find((item) => item.count > 0);
  return (
    <section aria-labelledby="inbox-heading" className="mt-6">
      <h2 id="inbox-heading" className="text-lg font-semibold">
        Inbox
      </h2>
      <p className="mt-1 text-sm" data-testid="next-action">
        {next ? (
          <>
            Next:{" "}
            <Link href={next.href} className="font-medium underline">
              {next.action}
            </Link>{" "}
            ({next.count})
          </>
        ) : (
          "Nothing is waiting for you."
        )}
      </p>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2">
        {items.map((item) => (
          <li key={item.key} className="rounded-lg border border-slate-200 p-3">
            <Link href={item.href} className="flex items-baseline justify-between gap-3 hover:underline">
              <span>{item.label}</span>
              <span className="text-2xl font-semibold tabular-nums">{item.count}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
