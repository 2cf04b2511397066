export * from './deciderSpec';
export * from './sampleRestaurant';
export * from './sampleLog';
export * from './writeLogDirect';
export * from './memoryObjectStore';
