import type { StackContext } from 'sst/constructs';

/**
 * A stack function with its own name. SST names a stack after its function (`fn.name`) and keys
 * `use()` by the function object, so each planned stack is one such function, made once per
 * module load: the app adds it, and later stacks (Monitoring) `use()` the same object.
 */
export function namedStack<R>(id: string, build: (ctx: StackContext) => R): (ctx: StackContext) => R {
  const fn = (ctx: StackContext) => build(ctx);
  Object.defineProperty(fn, 'name', { value: id });
  return fn;
}
