import { ScanCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { fromEventItem } from '@forkcast/core';
import { type DynaliteHandle } from '@forkcast/core/dynalite';
import { eventCatalog, type EventEnvelope } from '@forkcast/events';

export interface StoredViewItem {
  projection: string;
  stream: string;
  version: number;
  view: unknown;
}

async function scanAll(dynamo: DynaliteHandle, table: string): Promise<Record<string, AttributeValue>[]> {
  const items: Record<string, AttributeValue>[] = [];
  let startKey: Record<string, AttributeValue> | undefined;
  do {
    const page = await dynamo.client.send(new ScanCommand({ TableName: table, ExclusiveStartKey: startKey }));
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}

/** The whole log by stream (version order) and every view item: what a crash test checks against. */
export async function readLogAndViews(dynamo: DynaliteHandle) {
  const streams = new Map<string, EventEnvelope[]>();
  for (const item of await scanAll(dynamo, dynamo.tables.events)) {
    const event = eventCatalog.parse(fromEventItem(item));
    streams.set(event.stream, [...(streams.get(event.stream) ?? []), event]);
  }
  for (const events of streams.values()) events.sort((a, b) => a.version - b.version);
  const views = (await scanAll(dynamo, dynamo.tables.views)).map((item) => {
    const { projection, stream, version, view } = unmarshall(item) as StoredViewItem;
    return { projection, stream, version, view: view ?? null };
  });
  return { streams, views };
}
