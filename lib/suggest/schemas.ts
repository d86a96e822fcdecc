// Input shapes of the workspace's suggestion actions: a suggestion is named by its article and span; the
// server computes it again rather than trusting coding sent by the browser.
import { z } from "zod";

export const suggestionRefSchema = z
  .object({
    articleId: z.number().int().positive(),
    startOffset: z.number().int().min(0),
    endOffset: z.number().int().min(0),
  })
  .refine((ref) => ref.endOffset > ref.startOffset, {
    path: ["endOffset"],
    message: "A suggestion ends after it starts.",
  });

export type SuggestionRef = z.infer<typeof suggestionRefSchema>;

export const articleRefSchema = z.object({ articleId: z.number().int().positive() });
