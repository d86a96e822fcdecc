// The starting codebook, transcribed from CODEBOOK.md (the brief every editor codes by). After the first seed it is
// data an admin edits in the app; changing this file only changes what a fresh database starts with (and,
// when re-seeded, overwrites labels and definitions of the same keys).
import type { DimensionSeed } from "./codebook";

// Colours are Tailwind 500–700 shades, distinct across all fifteen positions so a chart mixing dimensions
// stays readable, and dark enough for white label text. The "no position" entries are greys on purpose.
export const STARTING_CODEBOOK: DimensionSeed[] = [
  {
    key: "instrument",
    label: "Instrument",
    definition: "What should formally end the war.",
    positions: [
      {
        key: "declaration",
        label: "End-of-war declaration",
        color: "#2563eb",
        definition: "Favors a political declaration ending the war, now or soon.",
      },
      {
        key: "declaration_then_treaty",
        label: "Declaration as a step to a treaty",
        color: "#0891b2",
        definition: 'A declaration first, explicitly as a step toward a peace treaty or "lasting peace agreement".',
      },
      {
        key: "treaty",
        label: "Peace treaty",
        color: "#7c3aed",
        definition: "Favors a legally binding peace treaty instead of a declaration.",
      },
      {
        key: "against_now",
        label: "Against ending it now",
        color: "#dc2626",
        definition: "Calls any declaration premature or rejects it under present conditions.",
      },
      {
        key: "unclear",
        label: "Unclear / no position stated",
        color: "#64748b",
        definition: "Speaks on the subject without taking a side.",
      },
    ],
  },
  {
    key: "sequencing",
    label: "Sequencing",
    definition: "Order relative to denuclearization.",
    positions: [
      {
        key: "declaration_first",
        label: "Declaration first",
        color: "#16a34a",
        definition: "Declaration early, as an incentive that opens denuclearization talks.",
      },
      {
        key: "denuclearization_first",
        label: "Denuclearization first",
        color: "#ea580c",
        definition:
          "North Korea must take fundamental denuclearization steps (e.g. declare its arsenal) before a declaration.",
      },
      {
        key: "action_for_action",
        label: "Action for action",
        color: "#ca8a04",
        definition: "Simultaneous, reciprocal, phased steps by both sides.",
      },
      {
        key: "hostile_policy_first",
        label: "U.S. policy change first",
        color: "#be123c",
        definition:
          'The U.S. must first withdraw its "hostile policy" (sanctions relief, end of drills) before any declaration.',
      },
      {
        key: "conditions_unspecified",
        label: "Conditions unresolved",
        color: "#6b7280",
        definition: "Says sequence, timing or conditions are still open or differ, without choosing.",
      },
    ],
  },
  {
    key: "parties",
    label: "Parties",
    definition: "Who should be party to the declaration or treaty.",
    positions: [
      { key: "inter_korean", label: "Two Koreas", color: "#0d9488", definition: "South and North Korea only." },
      {
        key: "us_dprk",
        label: "U.S. and North Korea",
        color: "#4f46e5",
        definition: "A bilateral U.S.–DPRK declaration.",
      },
      { key: "trilateral", label: "Two Koreas and the U.S.", color: "#c026d3", definition: "Without China." },
      {
        key: "four_party",
        label: "Two Koreas, the U.S. and China",
        color: "#b45309",
        definition: "China included (a signatory of the 1953 armistice).",
      },
      // The codebook leaves this definition empty; the app shows definitions as help text, so it gets one.
      {
        key: "unspecified",
        label: "Not stated",
        color: "#78716c",
        definition: "The statement does not say who should be party.",
      },
    ],
  },
];
