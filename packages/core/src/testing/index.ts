export * from './deciderSpec';
export * from './sampleRestaurant';
