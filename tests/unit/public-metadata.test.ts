import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_OG_IMAGE, pageMetadata } from "@/lib/public-metadata";

describe("pageMetadata", () => {
  it("gives every public page a card image whose alt text names the page", () => {
    const meta = pageMetadata({ title: "China", description: "China's stances", path: "/countries/CN" });
    const images = meta.openGraph?.images as { url: string; alt: string }[];
    expect(images).toHaveLength(1);
    expect(images[0].url.endsWith(DEFAULT_OG_IMAGE)).toBe(true);
    expect(images[0].alt).toContain("China");
  });

  it("points at icon and card files that exist in public/", () => {
    for (const file of [DEFAULT_OG_IMAGE, "/favicon.svg", "/apple-touch-icon.png"]) {
      expect(fs.existsSync(path.join("public", file)), file).toBe(true);
    }
  });
});
