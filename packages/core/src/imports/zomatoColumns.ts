/** The columns of the Zomato export (see ../shared/data/README.md); the importer checks the header. */
export const zomatoColumns = [
  'Restaurant ID', 'Restaurant Name', 'Country Code', 'City', 'Address', 'Locality', 'Locality Verbose',
  'Longitude', 'Latitude', 'Cuisines', 'Average Cost for two', 'Currency', 'Has Table booking',
  'Has Online delivery', 'Is delivering now', 'Switch to order menu', 'Price range', 'Aggregate rating',
  'Rating color', 'Rating text', 'Votes',
] as const;

export type ZomatoColumn = (typeof zomatoColumns)[number];

/** A record as read from the file: each value a byte string (see sourceText.ts). */
export type ZomatoRecord = Partial<Record<ZomatoColumn, string>>;

export const zomatoSource = 'zomato';

/** The header columns the importer needs but the file lacks (empty when the header fits). */
export function missingZomatoColumns(header: readonly string[]): ZomatoColumn[] {
  const present = new Set(header.map((h) => h.trim()));
  return zomatoColumns.filter((c) => !present.has(c));
}
