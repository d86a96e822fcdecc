// The Open Graph card of a public page (1200×630 PNG, drawn by next/og's ImageResponse): what kind of record it is,
// its name, a line or two about it, and the site. ImageResponse lays out with Satori, which knows flexbox and inline
// styles only (no Tailwind classes), and every element with more than one child needs display: flex. Its bundled
// font has Latin glyphs only: names and quotes are shown as the site stores them in English.
import { ImageResponse } from "next/og";
import { SITE_NAME } from "@/lib/public-metadata";

export const OG_CARD_SIZE = { width: 1200, height: 630 };
export const OG_CARD_TYPE = "image/png";

export interface OgCard {
  /** What the page is about: "Country", "Person", "Statement". */
  kind: string;
  title: string;
  /** A sentence or a quotation under the title, cut to fit. */
  text?: string;
  /** Small labels along the bottom (a quote's positions, a person's roles). */
  chips?: string[];
}

const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

export function ogCardImage({ kind, title, text, chips = [] }: OgCard): ImageResponse {
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "56px 64px",
        background: "#0f172a",
        color: "#f8fafc",
      }}
    >
      <div style={{ display: "flex", fontSize: 28, color: "#93c5fd", letterSpacing: 2 }}>{kind.toUpperCase()}</div>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ display: "flex", fontSize: title.length > 40 ? 56 : 72, fontWeight: 700, lineHeight: 1.1 }}>
          {cut(title, 80)}
        </div>
        {text ? (
          <div style={{ display: "flex", marginTop: 24, fontSize: 32, lineHeight: 1.35, color: "#cbd5e1" }}>
            {cut(text, 220)}
          </div>
        ) : null}
      </div>
      <div style={{ display: "flex", justifyContent: "space-between", alignItems: "flex-end" }}>
        <div style={{ display: "flex", flexWrap: "wrap", gap: 12, maxWidth: 760 }}>
          {chips.slice(0, 4).map((chip) => (
            <div
              key={chip}
              style={{
                display: "flex",
                padding: "6px 16px",
                borderRadius: 999,
                background: "#1e293b",
                border: "2px solid #334155",
                fontSize: 24,
              }}
            >
              {cut(chip, 40)}
            </div>
          ))}
        </div>
        <div style={{ display: "flex", fontSize: 24, color: "#94a3b8" }}>{SITE_NAME}</div>
      </div>
    </div>,
    OG_CARD_SIZE,
  );
}
