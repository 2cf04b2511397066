/** What one Task state calls, as read from an ASL definition. */
export interface TaskCall {
  state: string;
  /** The Task's `Resource`, e.g. `arn:aws:states:::lambda:invoke.waitForTaskToken`. */
  resource: string;
  /** The `${Name}` substitutions the call targets (Lambda functions). */
  functions: string[];
}

type States = Record<string, { Type?: string; Resource?: string; Arguments?: any; Parameters?: any; Branches?: { States: States }[]; ItemProcessor?: { States: States }; Iterator?: { States: States } }>;

const substitution = /^\$\{([A-Za-z0-9_]+)\}$/;
const optimisedLambda = /^arn:aws:states:::lambda:invoke(\.waitForTaskToken)?$/;

/**
 * Every Task of a definition, nested ones included (Parallel branches, Map processors), with the
 * functions it invokes. A Task calling anything else is reported with `functions: []` and its
 * resource, so the caller can refuse what it has no IAM mapping for rather than guess.
 */
export function taskCalls(definition: { States: States }): TaskCall[] {
  const calls: TaskCall[] = [];
  const walk = (states: States) => {
    for (const [name, state] of Object.entries(states)) {
      if (state.Type === 'Task' && state.Resource) calls.push({ state: name, resource: state.Resource, functions: functionsOf(state) });
      for (const branch of state.Branches ?? []) walk(branch.States);
      if (state.ItemProcessor) walk(state.ItemProcessor.States);
      if (state.Iterator) walk(state.Iterator.States);
    }
  };
  walk(definition.States);
  return calls;
}

function functionsOf(state: { Resource?: string; Arguments?: any; Parameters?: any }): string[] {
  const direct = substitution.exec(state.Resource ?? '');
  if (direct) return [direct[1]!];
  if (!optimisedLambda.test(state.Resource ?? '')) return [];
  const name = (state.Arguments ?? state.Parameters ?? {}).FunctionName;
  const bound = typeof name === 'string' ? substitution.exec(name) : null;
  if (!bound) throw new Error(`Task uses lambda:invoke with FunctionName ${JSON.stringify(name)}; bind it to a \${Substitution}`);
  return [bound[1]!];
}

/** Every `${Name}` the definition text mentions. */
export function substitutionNames(text: string): string[] {
  return [...new Set([...text.matchAll(/\$\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]!))].sort();
}
