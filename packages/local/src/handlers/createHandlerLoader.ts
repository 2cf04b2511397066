import type { Dependencies, HandlerModule } from '@forkcast/functions';
import { functionsSourceUrl } from './functionsSource';

export interface HandlerLoader {
  /** The handler of a module the tables name (`restaurants/listRestaurant`), built once with this runtime's dependencies. */
  load<Handler>(module: string): Promise<Handler>;
}

/**
 * The local runtime's lazy handler loader: a module is imported on its first request, event or
 * task, so a runtime that never reaches a handler never loads it, and its `build(deps)` is called
 * once per runtime. The path is computed, never a string literal, so no bundler follows it.
 */
export function createHandlerLoader(deps: Dependencies, source: URL = functionsSourceUrl()): HandlerLoader {
  const built = new Map<string, Promise<unknown>>();
  return {
    load<Handler>(module: string): Promise<Handler> {
      let handler = built.get(module);
      if (!handler) {
        if (!/^[a-z][A-Za-z0-9]*\/[a-z][A-Za-z0-9]*$/.test(module)) return Promise.reject(new Error(`not a handler module path: ${module}`));
        handler = import(/* @vite-ignore */ new URL(`${module}.ts`, source).href).then((loaded: Partial<HandlerModule<Handler>>) => {
          if (typeof loaded.build !== 'function') throw new Error(`${module} exports no build(deps)`);
          return loaded.build(deps);
        });
        // A module that failed to load (a syntax error being fixed) is tried again next time.
        handler.catch(() => built.delete(module));
        built.set(module, handler);
      }
      return handler as Promise<Handler>;
    },
  };
}
