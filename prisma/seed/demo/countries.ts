// Every state or organization the demo articles name as an actor in the peace process. Places that appear
// only as venues or in unrelated asides (Italy, France, Singapore, Vietnam, Iran, Myanmar) are left out:
// they would fill the public country list with countries that never hold a stance.
import type { CountrySeed } from "../countries";

export const DEMO_COUNTRIES: CountrySeed[] = [
  { code: "KR", name: "South Korea", shortName: "S. Korea" },
  { code: "KP", name: "North Korea", shortName: "N. Korea" },
  { code: "CN", name: "China", shortName: "China" },
  { code: "US", name: "United States", shortName: "U.S." },
  // Japan joins the U.S.–ROK vice-ministerial talks in the Yonhap article (Takeo Mori).
  { code: "JP", name: "Japan", shortName: "Japan" },
  // "the US-led United Nations" fought in the war and the UN Command signed the armistice (SCMP, 2021-12-03).
  { code: "UN", name: "United Nations", shortName: "UN", kind: "organization" },
];
