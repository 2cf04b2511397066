export type * from './subscription';
export * from './subscriptionTable';
export * from './subscriptionRules';
