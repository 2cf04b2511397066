type Handler<Args extends unknown[], Result> = (...args: Args) => Result;

/**
 * A Lambda entry point that builds its handler on the first invocation, from the environment the
 * stacks set, and reuses it for the container's life. Nothing is built at import, so the local
 * runtime can import the module and call `build` with its own dependencies instead.
 *
 * An async `build` (one that fetches a secret, say) is awaited once per container; if it fails,
 * the next invocation builds again rather than the container failing until it is recycled.
 */
export function onAws<Args extends unknown[], Result>(build: () => Promise<Handler<Args, Result>>): (...args: Args) => Promise<Awaited<Result>>;
export function onAws<Args extends unknown[], Result>(build: () => Handler<Args, Result>): Handler<Args, Result>;
export function onAws<Args extends unknown[], Result>(
  build: () => Handler<Args, Result> | Promise<Handler<Args, Result>>,
): (...args: Args) => Result | Promise<Result> {
  let built: Handler<Args, Result> | undefined;
  let building: Promise<Handler<Args, Result>> | undefined;
  return (...args) => {
    if (built) return built(...args);
    const made = building ?? build();
    if (!(made instanceof Promise)) {
      built = made;
      return built(...args);
    }
    building ??= made.then(
      (handler) => (built = handler),
      (error: unknown) => {
        building = undefined;
        throw error;
      },
    );
    return building.then((handler) => handler(...args));
  };
}
