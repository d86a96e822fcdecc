import { z } from "zod";

/** The public search box. Long enough for a sentence; longer input only slows the full-text parser down. */
export const searchQuerySchema = z.object({
  q: z.string().trim().max(200, "Search for at most 200 characters.").catch("").default(""),
});
