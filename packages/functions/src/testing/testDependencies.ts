import { Readable } from 'node:stream';
import { DynamoEventStore, DynamoViewStore, ObjectNotFoundError, type ObjectStore, type SentStaffMessage, type StaffOutbox, type Workflows } from '@forkcast/core';
import type { DynaliteHandle } from '@forkcast/core/dynalite';
import type { Dependencies } from '../app/dependencies';

/** An imports bucket in memory, for handler tests that never reach the local gateway. */
export function memoryObjectStore(): ObjectStore & { objects: Map<string, Buffer> } {
  const objects = new Map<string, Buffer>();
  return {
    objects,
    async get(key) {
      const body = objects.get(key);
      if (!body) throw new ObjectNotFoundError(key);
      return { body: Readable.from([body]), size: body.byteLength };
    },
    async put(key, body) {
      objects.set(key, Buffer.from(body));
    },
    async uploadUrl(key, expiresInSeconds) {
      return `https://imports.test/${encodeURI(key)}?expires=${expiresInSeconds}`;
    },
  };
}

/** A staff outbox in memory that keeps the first message per key, as the real ones must. */
export function memoryStaffOutbox(): StaffOutbox & { sent: Map<string, SentStaffMessage> } {
  const sent = new Map<string, SentStaffMessage>();
  return {
    sent,
    async send(message, key) {
      if (!sent.has(key)) sent.set(key, { id: key, to: 'staff', ...message, createdAt: new Date().toISOString() });
      return sent.get(key)!;
    },
  };
}

/** Records task callbacks instead of sending them. */
export function recordingWorkflows(): Workflows & { released: { token: string; output: unknown }[] } {
  const released: { token: string; output: unknown }[] = [];
  return {
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
    staffOutbox: memoryStaffOutbox(),
  } satisfies Dependencies;
}
