"use client";
// Shown on a public page that proxy.ts served from Next.js's page cache because the database is not answering
// (it sets STALE_PAGE_COOKIE on such a response). The page itself may come from the cache unchanged, so the notice
// is decided in the browser, on every navigation.
import { usePathname } from "next/navigation";
import { useSyncExternalStore } from "react";
import { STALE_PAGE_COOKIE } from "@/lib/database/availability-state";

const servedStale = () => document.cookie.split("; ").some((cookie) => cookie.startsWith(`${STALE_PAGE_COOKIE}=`));
const noSubscription = () => () => {};

export function StalePageNotice() {
  usePathname(); // re-read the cookie on every navigation: each answer from the server sets or clears it
  const stale = useSyncExternalStore(noSubscription, servedStale, () => false);
  if (!stale) return null;
  return (
    <div role="status" className="border-b border-amber-300 bg-amber-50">
      <p className="mx-auto max-w-5xl px-4 py-2 text-sm text-amber-900">
        The database is not answering at the moment, so this is the page as it was last shown: it may be out of date.{" "}
        <a href="" className="underline">
          Reload
        </a>{" "}
        in a little while for the current version.
      </p>
    </div>
  );
}
