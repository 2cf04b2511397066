/**
 * `npm run -s events:schema [PATH]`: writes the catalog's JSON Schema to PATH (default
 * packages/events/schema/catalog.schema.json, relative to the working directory) and prints the
 * path written. `-` as PATH prints the schema to stdout instead.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { eventCatalog } from '../catalog/defaultCatalog';
import { catalogJsonSchema } from '../catalog/catalogJsonSchema';

const target = process.argv[2] ?? 'packages/events/schema/catalog.schema.json';
const json = JSON.stringify(catalogJsonSchema(eventCatalog), null, 2) + '\n';
if (target === '-') {
  process.stdout.write(json);
} else {
  const path = resolve(target);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, json);
  console.log(path);
}
