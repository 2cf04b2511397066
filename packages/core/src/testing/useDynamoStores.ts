import { afterAll } from 'vitest';
import { startDynalite, type DynaliteHandle } from '../dynalite/startDynalite';
import { DynamoEventStore } from '../eventStore/dynamoEventStore';
import { DynamoViewStore } from '../projections/dynamoViewStore';

/** A dynalite with the tables created, and the event and view stores over it. */
export interface DynamoStores {
  db: DynaliteHandle;
  store: DynamoEventStore;
  views: DynamoViewStore;
}

/**
 * A test file's own dynalite and stores, stopped after the file's tests. Awaited at the top of the
 * file (`const { store, views } = await useDynamoStores();`) so the stores are plain constants the
 * tests pass around, instead of `let`s a beforeAll fills in.
 */
export async function useDynamoStores(): Promise<DynamoStores> {
  const db = await startDynalite();
  afterAll(() => db.stop());
  return { db, store: new DynamoEventStore({ client: db.client }), views: new DynamoViewStore({ client: db.client }) };
}
