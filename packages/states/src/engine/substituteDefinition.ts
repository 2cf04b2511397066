import type { Json } from './types';

/**
 * Applies CloudFormation-style `DefinitionSubstitutions` (`${Name}` in any string of the
 * definition), as CDK/SST deploy ASL files; unknown names are left untouched.
 */
export function substituteDefinition<T extends Json | object>(definition: T, substitutions: Record<string, string>): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return v.replace(/\$\{([A-Za-z0-9_.:-]+)\}/g, (m, name: string) => substitutions[name] ?? m);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(definition) as T;
}
