export type * from './eventBridgeEvent';
export * from './toEventBridgeEvent';
