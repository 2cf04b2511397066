import { DynamoEventStore, DynamoIdempotencyStore, DynamoViewStore, inMemoryRecommendationSignalsStore, unavailableWorkflows, type Mailer, type SentEmail, type Workflows } from '@forkcast/core';
import type { DynaliteHandle } from '@forkcast/core/dynalite';
import { inMemorySearchIndexStore } from '@forkcast/core/searchIndex';
import { memoryObjectStore } from '@forkcast/core/testing';
import type { Dependencies } from '../app/dependencies';

/** A mailer in memory that keeps the first message per send key, as the real outbox does. */
export function memoryMailer(): Mailer & { sent: Map<string, SentEmail> } {
  const sent = new Map<string, SentEmail>();
  return {
    sent,
    async send(message, key) {
      if (!sent.has(key)) sent.set(key, { ...message, id: key, sentAt: new Date().toISOString() });
      return sent.get(key)!;
    },
  };
}

/** Records task callbacks instead of sending them; anything else is refused. */
export function recordingWorkflows(): Workflows & { released: { token: string; output: unknown }[] } {
  const released: { token: string; output: unknown }[] = [];
  return {
    ...unavailableWorkflows('these handler tests run no workflows'),
    released,
    async sendTaskSuccess(token, output) {
      released.push({ token, output });
    },
    async sendTaskFailure(token, error) {
      released.push({ token, output: { error } });
    },
  };
}

/** Dependencies for handler tests: the stores on a test dynalite, the rest in memory. */
export function testDependencies(dynalite: DynaliteHandle) {
  return {
    events: new DynamoEventStore({ client: dynalite.client, tableName: dynalite.tables.events }),
    views: new DynamoViewStore({ client: dynalite.client, tableName: dynalite.tables.views }),
    importsBucket: memoryObjectStore(),
    exportsBucket: memoryObjectStore(),
    workflows: recordingWorkflows(),
    mailer: memoryMailer(),
    settings: { staffEmail: 'staff@forkcast.test' },
    idempotency: new DynamoIdempotencyStore({ client: dynalite.client, tableName: dynalite.tables.idempotency }),
    searchIndex: inMemorySearchIndexStore(),
    recommendationSignals: inMemoryRecommendationSignalsStore(),
    publicSiteUrl: 'https://forkcast.example',
    linkSecret: 'a test link secret of at least 32 characters',
  } satisfies Dependencies;
}
