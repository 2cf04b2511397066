type JsonSchema = Record<string, any>;

/**
 * An example value for a JSON Schema, for the OpenAPI document: the schema's own `examples` (from
 * zod `.meta({ examples })`) when it has them, else one built from its type and bounds. Objects get
 * every property, so a "change at least one field" body is satisfied. `$ref`s resolve in `defs`.
 */
export function jsonSchemaExample(schema: JsonSchema, defs: Record<string, JsonSchema>, depth = 0): unknown {
  if (depth > 12) return null;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if ('default' in schema) return schema.default;
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if (typeof schema.$ref === 'string') return jsonSchemaExample(defs[schema.$ref.split('/').pop()!] ?? {}, defs, depth + 1);
  const variants = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(variants)) return jsonSchemaExample(variants.find((v: JsonSchema) => v.type !== 'null') ?? variants[0], defs, depth + 1);
  if (Array.isArray(schema.allOf)) return jsonSchemaExample(schema.allOf[0], defs, depth + 1);
  const type = Array.isArray(schema.type) ? schema.type.find((t: string) => t !== 'null') : schema.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>).map(([name, property]) => [name, jsonSchemaExample(property, defs, depth + 1)]));
    case 'array':
      return [jsonSchemaExample(schema.items ?? {}, defs, depth + 1)];
    case 'integer':
    case 'number':
      if (schema.minimum !== undefined && schema.maximum !== undefined && schema.maximum - schema.minimum <= 1_000_000) {
        const middle = (schema.minimum + schema.maximum) / 2;
        return type === 'integer' ? Math.floor(middle) : middle;
      }
      return schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1);
    case 'boolean':
      return true;
    case 'string':
      return stringExample(schema);
    case 'null':
      return null;
    default:
      return {};
  }
}

function stringExample(schema: JsonSchema): string {
  switch (schema.format) {
    case 'date-time':
      return '2026-01-01T12:00:00.000Z';
    case 'date':
      return '2026-01-01';
    case 'email':
      return 'someone@example.com';
    case 'uri':
      return 'https://example.com/';
    case 'uuid':
      return '3f1c2a9e-5b7d-4c1e-9a2b-6d8e0f1a2b3c';
    default: {
      const text = 'example';
      const min = schema.minLength ?? 1;
      return text.length >= min ? text.slice(0, schema.maxLength ?? text.length) : text.padEnd(min, 'x');
    }
  }
}
