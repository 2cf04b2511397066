import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createTables } from '../tables/createTables';
import { defaultTableNames, type TableNames } from '../tables/tableSpecs';

/** A running dynalite: a client for it, its endpoint, the table names, and how to stop it. */
export interface DynaliteHandle {
  client: DynamoDBClient;
  endpoint: string;
  tables: TableNames;
  stop: () => Promise<void>;
}

/** Where dynalite keeps data and which tables to create. */
export interface StartDynaliteOptions {
  /** LevelDB directory; in memory when absent. */
  path?: string;
  /** Create the Events, Views and Idempotency tables (default true), optionally under other names. */
  tables?: boolean | Partial<TableNames>;
}

/** A DynamoDB client for a dynalite endpoint (dynalite accepts any credentials). */
export function localDynamoClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 3,
  });
}

/**
 * Starts dynalite on a random loopback port and creates the tables. dynalite is required at call
 * time (not imported) so that bundles of @forkcast/core for Lambda never pull it in.
 */
export async function startDynalite(options: StartDynaliteOptions = {}): Promise<DynaliteHandle> {
  const dynalite = createRequire(import.meta.url)('dynalite') as typeof import('dynalite').default;
  const server = dynalite({ path: options.path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  const client = localDynamoClient(endpoint);
  const tables = options.tables === false
    ? defaultTableNames
    : await createTables(client, options.tables === true || options.tables === undefined ? {} : options.tables);
  return {
    client,
    endpoint,
    tables,
    stop: async () => {
      client.destroy();
      server.closeAllConnections?.();
      await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}
