/**
 * `npm run -s events:doc`: writes EVENTS.md and the catalog's JSON Schema (which EVENTS.md links)
 * under the repository root (the working directory) from the catalog and the tables.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { catalogJsonSchema, eventCatalog } from '@forkcast/events';
import { catalogSchemaPath, renderEventsDoc } from './eventsDoc';

const root = resolve(process.argv[2] ?? '.');
const schema = resolve(root, catalogSchemaPath);
mkdirSync(dirname(schema), { recursive: true });
writeFileSync(schema, `${JSON.stringify(catalogJsonSchema(eventCatalog), null, 2)}\n`);
writeFileSync(resolve(root, 'EVENTS.md'), renderEventsDoc());
console.log(`${resolve(root, 'EVENTS.md')}\n${schema}`);
