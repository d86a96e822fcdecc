import type { FormState } from "@/lib/actions";

/** The import form's state: lib/actions.ts's FormState plus what the form needs to show itself again. */
export type ImportFormState =
  | (NonNullable<FormState> & {
      /** What the editor entered, to fill the form again. */
      values?: Record<string, string>;
      /** The URL could not be fetched: the form opens the paste field. */
      fetchFailed?: boolean;
      /** The article this one duplicates, for a link to it. */
      existingArticleId?: number;
    })
  | null;
