import type { Route } from '@forkcast/functions';

export type RouteMatch =
  | { kind: 'matched'; route: Route<any>; pathParameters: Record<string, string> }
  | { kind: 'wrongMethod'; allow: string[] }
  | { kind: 'none' };

interface CompiledRoute {
  route: Route<any>;
  segments: string[];
  /** Literal segments count first, so /restaurants/search beats /restaurants/{id}, as on API Gateway. */
  specificity: number;
}

/** API Gateway v2 route selection over the route table: literal segments, `{name}` and greedy `{name+}`. */
export function createRouteMatcher(routes: readonly Route<any>[]) {
  const compiled: CompiledRoute[] = routes
    .map((route) => {
      const segments = splitPath(route.path);
      return { route, segments, specificity: segments.filter((s) => !s.startsWith('{')).length * 2 + segments.length };
    })
    .sort((a, b) => b.specificity - a.specificity);

  return function matchRoute(method: string, path: string): RouteMatch {
    const requestSegments = splitPath(path);
    const allow = new Set<string>();
    for (const candidate of compiled) {
      const pathParameters = matchSegments(candidate.segments, requestSegments);
      if (!pathParameters) continue;
      if (candidate.route.method === method) return { kind: 'matched', route: candidate.route, pathParameters };
      allow.add(candidate.route.method);
    }
    return allow.size > 0 ? { kind: 'wrongMethod', allow: [...allow].sort() } : { kind: 'none' };
  };
}

function splitPath(path: string): string[] {
  return path.split('/').filter((segment) => segment.length > 0);
}

function matchSegments(template: string[], actual: string[]): Record<string, string> | undefined {
  const parameters: Record<string, string> = {};
  for (let index = 0; index < template.length; index++) {
    const part = template[index];
    const greedy = /^\{(.+)\+\}$/.exec(part);
    if (greedy) {
      if (index >= actual.length) return undefined;
      parameters[greedy[1]] = decode(actual.slice(index).join('/'));
      return parameters;
    }
    if (index >= actual.length) return undefined;
    const parameter = /^\{(.+)\}$/.exec(part);
    if (parameter) parameters[parameter[1]] = decode(actual[index]);
    else if (part !== actual[index]) return undefined;
  }
  return template.length === actual.length ? parameters : undefined;
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
