import { create, insert, remove, search, type Orama } from '@orama/orama';
import { persist, restore } from '@orama/plugin-data-persistence';
import { encodeViewCursor, decodeViewCursor } from '../../projections/viewCursor';
import { haversineKm } from '../haversineKm';
import type { SearchDocument } from './restaurantSearchProjection';

const schema = {
  id: 'string',
  name: 'string',
  cuisineText: 'string',
  locality: 'string',
  city: 'string',
  specials: 'string',
} as const;
type SearchDb = Orama<typeof schema>;

export interface SearchQuery {
  near?: { lat: number; lon: number; radiusKm: number };
  /** Any of these cuisines (case-insensitive). */
  cuisines?: string[];
  /** Any of these price ranges (1..4). */
  prices?: number[];
  /** Free text over name, cuisines, locality, city and specials; one or two typos per word are forgiven. */
  text?: string;
  /** relevance (then distance) by default; distance alone, nearest first. */
  sort?: 'relevance' | 'distance';
  limit: number;
  cursor?: string;
}

export interface SearchHit {
  id: string;
  name: string;
  location: { lat: number; lon: number };
  distanceKm?: number;
  cuisines: string[];
  priceRange: number;
  locality?: string;
  source?: string;
  externalId?: string;
  /** A paid promotion; false until promotions exist, and it never changes the order. */
  featured: false;
}

export interface SearchPage {
  items: SearchHit[];
  /** Over the whole match, not the page. */
  total: number;
  facets: { cuisines: Record<string, number>; priceRanges: Record<string, number> };
  nextCursor?: string;
}

export const cuisineKey = (cuisine: string) => cuisine.trim().toLowerCase();

/** Words of up to this many letters forgive one typo, longer ones two. */
const oneTypoUpTo = 5;
/**
 * How many text queries keep their scores. Each page of a cursor asks Orama the same question
 * again, and a common word ("chinese") costs it 60-95 ms over the whole catalogue.
 */
const recentTextQueries = 32;
/** Grid cell size in degrees for the radius prefilter (about 5.5 km of latitude). */
const cellDegrees = 0.05;
const cellOf = (lat: number, lon: number) => `${Math.floor(lat / cellDegrees)}:${Math.floor(lon / cellDegrees)}`;

/** The query without its page position: what a cursor is bound to. */
function queryFingerprint(query: SearchQuery): string {
  const sorted = (values?: (string | number)[]) => [...new Set((values ?? []).map(String))].sort();
  return JSON.stringify(['search', query.near ?? null, sorted(query.cuisines?.map(cuisineKey)), sorted(query.prices), query.text?.trim().toLowerCase() ?? '', query.sort ?? 'relevance']);
}

/**
 * The restaurant search index: Orama (full text with typo tolerance, geo radius, enum filters) over
 * the search projection's documents, for the text; a grid of 0.05° cells finds the candidates of
 * a radius, and filters run over the documents (Orama's own geo and enum filters measured over 100×
 * slower than a plain scan on this catalogue: see BENCHMARKS.md). It lives in memory; `snapshot`/`restore` move it whole
 * through an object store (searchIndexStore.ts) so no search cluster has to run.
 */
export class RestaurantSearchIndex {
  private readonly documentsById = new Map<string, SearchDocument>();
  private readonly grid = new Map<string, Set<string>>();
  /** Text scores by normalised query, oldest first; emptied by every `apply`. */
  private readonly recentScores = new Map<string, Map<string, number>>();

  private constructor(private readonly db: SearchDb) {}

  static create(): RestaurantSearchIndex {
    return new RestaurantSearchIndex(create({ schema }) as SearchDb);
  }

  static async restore(snapshot: string): Promise<RestaurantSearchIndex> {
    const { db, documents } = JSON.parse(snapshot) as { db: string; documents: SearchDocument[] };
    const index = new RestaurantSearchIndex(await restore<SearchDb>('json', db));
    for (const d of documents) index.remember(d);
    return index;
  }

  async snapshot(): Promise<string> {
    return JSON.stringify({ db: await persist(this.db, 'json'), documents: [...this.documentsById.values()] });
  }

  /** Bumped by every `apply`: what a cache of anything derived from the index is keyed on. */
  revision = 0;

  /** The indexed restaurants' search views. */
  documents(): IterableIterator<SearchDocument> {
    return this.documentsById.values();
  }

  get size(): number {
    return this.documentsById.size;
  }

  /** Brings the index in line with a restaurant's search view: null removes it (delisted). */
  apply(id: string, document: SearchDocument | null): void {
    const before = this.documentsById.get(id);
    if (before) {
      remove(this.db, id);
      this.documentsById.delete(id);
      this.grid.get(cellOf(before.location.lat, before.location.lon))?.delete(id);
    }
    this.revision++;
    this.recentScores.clear();
    if (!document) return;
    insert(this.db, {
      id, name: document.name, cuisineText: document.cuisines.join(' '), locality: document.locality ?? '', city: document.city,
      specials: document.specials,
    });
    this.remember(document);
  }

  private remember(document: SearchDocument): void {
    this.documentsById.set(document.id, document);
    const cell = cellOf(document.location.lat, document.location.lon);
    let ids = this.grid.get(cell);
    if (!ids) this.grid.set(cell, (ids = new Set()));
    ids.add(document.id);
  }

  /** The documents in the grid cells that cover the circle's bounding box. */
  private *around(near: { lat: number; lon: number; radiusKm: number }): Generator<SearchDocument> {
    const dLat = near.radiusKm / 110.574;
    const dLon = near.radiusKm / (111.32 * Math.max(0.01, Math.cos((Math.min(89, Math.abs(near.lat)) * Math.PI) / 180)));
    const [south, north] = [Math.floor((near.lat - dLat) / cellDegrees), Math.floor((near.lat + dLat) / cellDegrees)];
    const [west, east] = [Math.floor((near.lon - dLon) / cellDegrees), Math.floor((near.lon + dLon) / cellDegrees)];
    for (let y = south; y <= north; y++) {
      for (let x = west; x <= east; x++) {
        for (const id of this.grid.get(`${y}:${x}`) ?? []) yield this.documentsById.get(id)!;
      }
    }
  }

  /** Every document the text matches, with its relevance; the same text again is answered from memory. */
  private textScores(text: string): Map<string, number> {
    const key = text.toLowerCase().split(/\s+/).join(' ');
    const recent = this.recentScores.get(key);
    if (recent) {
      this.recentScores.delete(key);
      this.recentScores.set(key, recent);
      return recent;
    }
    const longest = Math.max(0, ...key.split(' ').map((w) => w.length));
    const result = search(this.db, {
      term: key,
      properties: ['name', 'cuisineText', 'locality', 'city', 'specials'],
      boost: { name: 3 },
      tolerance: longest <= oneTypoUpTo ? 1 : 2,
      limit: this.documentsById.size || 1,
    }) as { hits: { id: string; score: number }[] };
    const scores = new Map(result.hits.map((h) => [h.id, h.score]));
    this.recentScores.set(key, scores);
    if (this.recentScores.size > recentTextQueries) this.recentScores.delete(this.recentScores.keys().next().value!);
    return scores;
  }

  /** Throws InvalidCursorError for a cursor issued for another query. */
  search(query: SearchQuery): SearchPage {
    const fingerprint = queryFingerprint(query);
    const offset = query.cursor ? Number(decodeViewCursor(fingerprint, query.cursor).sort) : 0;
    const text = query.text?.trim() ?? '';
    const scores = text ? this.textScores(text) : undefined;
    const cuisines = query.cuisines?.length ? new Set(query.cuisines.map(cuisineKey)) : undefined;
    const prices = query.prices?.length ? new Set(query.prices) : undefined;
    const candidates = query.near ? this.around(query.near) : this.documentsById.values();

    const matches: (SearchHit & { score: number })[] = [];
    for (const d of candidates) {
      const score = scores ? scores.get(d.id) : 0;
      if (score === undefined) continue;
      if (prices && !prices.has(d.priceRange)) continue;
      if (cuisines && !d.cuisines.some((c) => cuisines.has(cuisineKey(c)))) continue;
      const distanceKm = query.near ? haversineKm(query.near, d.location) : undefined;
      if (distanceKm !== undefined && distanceKm > query.near!.radiusKm) continue;
      matches.push({
        id: d.id, name: d.name, location: d.location, cuisines: d.cuisines, priceRange: d.priceRange, score, featured: false,
        ...(distanceKm !== undefined ? { distanceKm } : {}),
        ...(d.locality ? { locality: d.locality } : {}),
        ...(d.source !== undefined ? { source: d.source, externalId: d.externalId } : {}),
      });
    }
    const byDistance = (a: SearchHit, b: SearchHit) => (a.distanceKm ?? 0) - (b.distanceKm ?? 0);
    matches.sort((a, b) =>
      (query.sort === 'distance' ? byDistance(a, b) : b.score - a.score || byDistance(a, b)) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));

    const facets: SearchPage['facets'] = { cuisines: {}, priceRanges: {} };
    for (const m of matches) {
      for (const c of new Set(m.cuisines)) facets.cuisines[c] = (facets.cuisines[c] ?? 0) + 1;
      facets.priceRanges[m.priceRange] = (facets.priceRanges[m.priceRange] ?? 0) + 1;
    }
    const page = matches.slice(offset, offset + query.limit).map(({ score: _score, ...hit }) => hit);
    const end = offset + page.length;
    return {
      items: page, total: matches.length, facets,
      ...(end < matches.length ? { nextCursor: encodeViewCursor(fingerprint, { sort: String(end), stream: page.at(-1)!.id }) } : {}),
    };
  }
}
