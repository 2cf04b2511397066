export * from './startDynalite';
export * from './deciderSpec';
export * from './sampleRestaurant';
export * from './seededRandom';
