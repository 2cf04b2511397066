// A subpath of its own (@forkcast/core/searchIndex), so only the functions that search bundle Orama.
export * from './restaurantSearchIndex';
export * from './searchIndexStore';
