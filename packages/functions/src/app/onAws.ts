/**
 * A Lambda entry point that builds its handler on the first invocation, from the environment the
 * stacks set, and reuses it for the container's life. Nothing is built at import, so the local
 * runtime can import the module and call `build` with its own dependencies instead.
 */
export function onAws<Args extends unknown[], Result>(build: () => (...args: Args) => Result): (...args: Args) => Result {
  let built: ((...args: Args) => Result) | undefined;
  return (...args) => (built ??= build())(...args);
}
