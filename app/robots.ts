// GET /robots.txt – the public pages are open to crawlers; the workspace, sign-in and API are not.
import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/public-routes";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/admin", "/api/", "/sign-in"] },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
