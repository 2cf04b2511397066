import type { DeliveryJournal } from './deliveryJournal';

/** For in-memory runtimes and tests: numbers entries and keeps nothing, so a crash loses the queue. */
export function memoryDeliveryJournal(): DeliveryJournal {
  let nextSeq = 1;
  const durable = Promise.resolve();
  return {
    open: async () => [],
    accept: () => ({ seq: nextSeq++, durable }),
    retrying: () => {},
    settle: () => {},
    close: async () => {},
  };
}
