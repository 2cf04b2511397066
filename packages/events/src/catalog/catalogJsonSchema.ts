import * as z from 'zod';
import { eventEnvelopeSchema } from '../envelope';
import { schemaOfVersion } from './eventType';
import type { EventCatalog } from './eventCatalog';

/**
 * JSON Schema (draft 2020-12) of every envelope the log may hold: one `$defs` entry per type and
 * schemaVersion (`RestaurantListed.v2`), each with `x-source`, and a top-level `oneOf` over them.
 */
export function catalogJsonSchema(catalog: EventCatalog): Record<string, unknown> {
  const defs: Record<string, unknown> = {};
  for (const eventType of catalog.types) {
    for (let version = 1; version <= eventType.latestVersion; version++) {
      const envelope = eventEnvelopeSchema.extend({
        type: z.literal(eventType.type),
        schemaVersion: z.literal(version),
        data: schemaOfVersion(eventType, version)!,
      });
      const { $schema: _drop, ...schema } = z.toJSONSchema(envelope, { target: 'draft-2020-12', unrepresentable: 'any' });
      defs[`${eventType.type}.v${version}`] = {
        ...schema,
        title: `${eventType.type} v${version}`,
        description: eventType.description,
        'x-source': eventType.source,
        'x-latest': version === eventType.latestVersion,
      };
    }
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://forkcast.dev/schema/catalog.schema.json',
    title: 'Forkcast event catalog',
    description: 'Every event envelope in the Forkcast log, one definition per event type and schemaVersion.',
    oneOf: Object.keys(defs).map((key) => ({ $ref: `#/$defs/${key}` })),
    $defs: defs,
  };
}
