// The search box: a plain GET form, so that a search is an address to share.
import { FormField, Input } from "@/components/form-field";
import { paths } from "@/lib/public-routes";

export function SearchForm({ q }: { q: string }) {
  return (
    <form action={paths.search()} method="get" role="search" className="mt-4 flex flex-wrap gap-2">
      <FormField name="q" label="Search statements, articles and people" hideLabel className="flex min-w-0 flex-1">
        <Input
          type="search"
          defaultValue={q}
          maxLength={200}
          placeholder="e.g. peace treaty, Yang Jiechi"
          className="min-w-0 flex-1 rounded border border-slate-400 px-3 py-2"
        />
      </FormField>
      <button type="submit" className="rounded bg-slate-900 px-4 py-2 text-white">
        Search
      </button>
    </form>
  );
}
