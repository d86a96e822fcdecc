// Title, description, canonical URL and Open Graph tags of a public page, built the same way everywhere.
// Open Graph is not merged with the layout's by Next.js (a page's openGraph replaces it), so each page gets a
// complete one here.
import type { Metadata } from "next";
import { absoluteUrl } from "@/lib/public-routes";

export const SITE_NAME = "Ending the Korean War — stance tracker";
export const DEFAULT_OG_IMAGE = "/og-default.png";

export function pageMetadata({
  title,
  description,
  path,
  type = "website",
}: {
  title: string;
  description: string;
  path: string;
  type?: "website" | "article";
}): Metadata {
  const url = absoluteUrl(path);
  // One site-wide card image (public/og-default.png); its alt text names the page it stands for.
  const images = [{ url: absoluteUrl(DEFAULT_OG_IMAGE), width: 1200, height: 630, alt: `${title} — ${SITE_NAME}` }];
  return {
    title,
    description,
    alternates: { canonical: url, types: { "application/atom+xml": SITE_FEEDS() } },
    openGraph: { title, description, url, siteName: SITE_NAME, type, locale: "en_GB", images },
    twitter: { card: "summary_large_image", title, description, images },
  };
}

/** The site's Atom feeds, advertised on every public page; a country page adds its own shifts feed first. */
export const SITE_FEEDS = () => [
  { url: absoluteUrl("/feed.xml"), title: "Newly published quotes" },
  { url: absoluteUrl("/shifts.xml"), title: "Shifts of position, every country" },
];

/** A description from free text: whitespace collapsed, cut at a word near `max` characters. */
export function describe(text: string, max = 180): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 80 ? cut.lastIndexOf(" ") : max)}…`;
}
