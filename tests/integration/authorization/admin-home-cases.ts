import { getAdminHome, getAdminInbox } from "@/lib/admin-home/inbox";
import { getNavCounts } from "@/lib/admin-home/nav-counts";
import type { Case } from "./case";

export const ADMIN_HOME_CASES: Case[] = [
  { action: "quote.edit", fn: "getAdminInbox", run: (a) => getAdminInbox(a) },
  { action: "quote.edit", fn: "getAdminHome", run: (a) => getAdminHome(a) },
  { action: "review.publish", fn: "getNavCounts", run: (a) => getNavCounts(a) },
];
