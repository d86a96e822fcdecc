// Input shapes for people as the annotation workspace creates and finds them.
import { z } from "zod";

export const personNameSchema = z.object({
  name: z.string().trim().min(2, "Enter the person's name.").max(200, "Keep the name under 200 characters."),
});

// Type-ahead input: a few characters are enough; 100 is far beyond any name.
export const peopleSearchSchema = z.object({ q: z.string().trim().max(100, "Search with fewer characters.") });
