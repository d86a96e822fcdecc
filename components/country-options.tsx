// The options of a country <select>: an empty choice first, then each country by its short name (with its code where
// editors pick among codes they know). One list so every country picker reads and orders the same.
export interface CountryOption {
  id: number;
  code?: string;
  shortName: string;
}

export function CountryOptions({
  countries,
  empty,
  withCode = false,
}: {
  countries: readonly CountryOption[];
  empty: string;
  withCode?: boolean;
}) {
  return (
    <>
      <option value="">{empty}</option>
      {countries.map((country) => (
        <option key={country.id} value={country.id}>
          {withCode ? `${country.shortName} (${country.code})` : country.shortName}
        </option>
      ))}
    </>
  );
}
