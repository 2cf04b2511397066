/**
 * CloudFormation refuses a stack over 500 resources, and a stack near that limit is slow to update
 * and one route away from failing; we keep every stack under 200 (App.test.ts). The stacks that
 * grow with the tables (routes, subscriptions) are therefore planned here: one stack per context,
 * continued in `<Prefix><Context>2`, `3`… when the context's rows cost more than the budget.
 * Per-context stacks keep a row in the same stack as other contexts grow (moving a function to
 * another stack replaces it); only a context outgrowing its own stack moves its later rows.
 */
export const stackResourceLimit = 200;
/** What SST puts in every stack by itself: its CustomResourceHandler function and that function's role. */
export const sstStackResources = 2;
/**
 * What the rows of one planned stack may cost. With SST's own resources that leaves a fifth of the
 * limit free, so a cost estimate that drifts shows up in App.test.ts before a stack reaches it.
 */
export const plannedRowsBudget = 160;

export interface PlannedStack<T> {
  /** Stack id (also the stack function's name): `<prefix><Context>[n]`, e.g. `ApiReviews`, `ApiReviews2`. */
  id: string;
  context: string;
  rows: T[];
  /** Resources its rows add, by `cost`. */
  cost: number;
}

export interface ContextRows<T> {
  name: string;
  rows: readonly T[];
}

/** Splits each context's rows, in table order, into stacks whose rows cost at most `budget` resources. */
export function planStacks<T>(
  prefix: string,
  contexts: readonly ContextRows<T>[],
  cost: (row: T) => number,
  budget = plannedRowsBudget,
): PlannedStack<T>[] {
  const planned: PlannedStack<T>[] = [];
  const seen = new Set<string>();
  for (const context of contexts) {
    const base = `${prefix}${pascal(context.name)}`;
    if (seen.has(base)) throw new Error(`two contexts make the stack name ${base}`);
    seen.add(base);
    let current: PlannedStack<T> | undefined;
    let n = 0;
    for (const row of context.rows) {
      const c = cost(row);
      if (c > budget) throw new Error(`a row of ${context.name} costs ${c} resources, more than a stack's budget of ${budget}`);
      if (!current || current.cost + c > budget) {
        n++;
        current = { id: n === 1 ? base : `${base}${n}`, context: context.name, rows: [], cost: 0 };
        planned.push(current);
      }
      current.rows.push(row);
      current.cost += c;
    }
  }
  return planned;
}

function pascal(name: string): string {
  const id = name.split(/[^A-Za-z0-9]+/).filter(Boolean).map((p) => p[0]!.toUpperCase() + p.slice(1)).join('');
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(id)) throw new Error(`context name ${name} cannot name a stack`);
  return id;
}
