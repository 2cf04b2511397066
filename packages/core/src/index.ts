export * from './decider';
export * from './eventStore/eventStore';
export * from './projections/projection';
export * from './projections/viewStore';
export * from './commands/commandErrors';
