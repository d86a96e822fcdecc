import type { Metadata } from "next";
import Link from "next/link";
import { env } from "@/lib/env";
import { SITE_NAME } from "@/lib/public-metadata";
import { paths } from "@/lib/public-routes";
import { StalePageNotice } from "@/components/stale-page-notice";

// Public pages are rendered once and served from Next.js's cache (incremental static regeneration) to everyone, with
// `Cache-Control: s-maxage=30, stale-while-revalidate=…` (set by Next.js) for a CDN. Every change made in the app
// expires them at once on every instance (invalidatePublicPages in lib/public-cache.ts); a change made outside the app
// shows within `revalidate` seconds. Nothing here may depend on who asks: a page that does (/explore signed in, any
// page reading the search parameters) is rendered per request, private.
// `next build` has no database: pages with parameters prerender none (generateStaticParams returns []), and the
// fixed pages render nothing while prerenderingBuild(). The server never serves what the build left (cache-handler
// .mjs ignores entries older than the process): it renders each page on its first request instead.
export const revalidate = 30;

export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(env().SITE_URL),
    openGraph: { siteName: SITE_NAME, type: "website" },
  };
}

const NAV = [
  { href: paths.explore(), label: "Explore" },
  { href: paths.countries(), label: "Countries" },
  { href: paths.people(), label: "People" },
  { href: paths.articles(), label: "Articles" },
  { href: paths.codebook(), label: "Codebook" },
  { href: paths.search(), label: "Search" },
];

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:rounded focus:bg-white focus:p-2 focus:shadow"
      >
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-slate-50">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
          <Link href={paths.home()} className="font-semibold text-slate-900">
            Ending the Korean War
          </Link>
          <nav aria-label="Main" className="w-full sm:w-auto">
            <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
              {NAV.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className="text-slate-700 underline-offset-4 hover:underline">
                    {item.label}
                  </Link>
                </li>
              ))}
              <li>
                <Link
                  href={paths.signIn()}
                  className="rounded border border-slate-300 px-2 py-0.5 text-slate-700 hover:bg-white"
                >
                  Sign in
                </Link>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <StalePageNotice />
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
        {children}
      </main>
      <footer className="border-t border-slate-200 bg-slate-50">
        <div className="mx-auto flex max-w-5xl flex-wrap gap-x-6 gap-y-2 px-4 py-4 text-sm text-slate-600">
          <p>
            A record of published statements on formally ending the Korean War. Positions are coded by editors under the
            public codebook.
          </p>
          <p>
            <Link href={paths.codebook()} className="underline">
              Codebook
            </Link>{" "}
            ·{" "}
            <Link href={paths.reliability()} className="underline">
              Reliability of the coding
            </Link>{" "}
            ·{" "}
            <a href={paths.feed()} className="underline">
              Atom feed of new quotes
            </a>
          </p>
        </div>
      </footer>
    </div>
  );
}
