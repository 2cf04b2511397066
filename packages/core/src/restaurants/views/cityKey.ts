/** Normalised city for lookups: case, accents and spacing don't matter ("São  Paulo" = "sao paulo"). */
export function cityKey(city: string): string {
  return city.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
