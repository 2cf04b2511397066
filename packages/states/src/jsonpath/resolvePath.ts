/**
 * Resolves a path against a JSONPath-state scope: `$...` reads the input, `$$...` the context
 * object, `$name...` the variable `name` (set by Assign).
 *
 *   interface PathScope { input: unknown; context?: unknown; variables?: Readonly<Record<string, unknown>> }
 *   resolvePath(path: string, scope: PathScope): unknown
 *     Throws JsonPathNotFoundError (definite path finds nothing, or an unknown variable) and
 *     JsonPathSyntaxError. Indefinite paths return a list.
 *   splitPath(path): { source: 'input' | 'context' | 'variable'; variable?: string; jsonPath: string }
 *     `jsonPath` is the `$`-rooted path to apply to that source.
 *   pathSourceValue(path, scope): unknown   the document a path reads (for error messages).
 */
import { evaluateJsonPath } from './evaluateJsonPath';
import { JsonPathNotFoundError, JsonPathSyntaxError } from './jsonPathErrors';

export interface PathScope {
  input: unknown;
  context?: unknown;
  variables?: Readonly<Record<string, unknown>>;
}

export interface SplitPath {
  source: 'input' | 'context' | 'variable';
  variable?: string;
  jsonPath: string;
}

const VARIABLE = /^\$([A-Za-z_][A-Za-z0-9_]*)/;
const splitCache = new Map<string, SplitPath>();

export function splitPath(path: string): SplitPath {
  const hit = splitCache.get(path);
  if (hit) return hit;
  let out: SplitPath;
  if (path.startsWith('$$')) {
    out = { source: 'context', jsonPath: '$' + path.slice(2) };
  } else if (path === '$' || path.startsWith('$.') || path.startsWith('$[')) {
    out = { source: 'input', jsonPath: path };
  } else {
    const m = VARIABLE.exec(path);
    if (!m) throw new JsonPathSyntaxError(path, `Invalid JSONPath '${path}': a path must start with '$'`);
    out = { source: 'variable', variable: m[1], jsonPath: '$' + path.slice(m[0].length) };
  }
  if (splitCache.size > 10_000) splitCache.clear();
  splitCache.set(path, out);
  return out;
}

export function pathSourceValue(path: string, scope: PathScope): unknown {
  const split = splitPath(path);
  if (split.source === 'input') return scope.input;
  if (split.source === 'context') return scope.context;
  return scope.variables?.[split.variable!];
}

export function resolvePath(path: string, scope: PathScope): unknown {
  const split = splitPath(path);
  let doc: unknown;
  if (split.source === 'input') doc = scope.input;
  else if (split.source === 'context') doc = scope.context;
  else {
    const vars = scope.variables;
    if (!vars || !Object.prototype.hasOwnProperty.call(vars, split.variable!)) {
      throw new JsonPathNotFoundError(path, `No results for path: $${split.variable}`);
    }
    doc = vars[split.variable!];
  }
  return evaluateJsonPath(split.jsonPath, doc);
}
