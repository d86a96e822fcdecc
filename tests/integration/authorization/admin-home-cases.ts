import { getAdminInbox } from "@/lib/admin-home/inbox";
import type { Case } from "./case";

export const ADMIN_HOME_CASES: Case[] = [{ action: "quote.edit", fn: "getAdminInbox", run: (a) => getAdminInbox(a) }];
