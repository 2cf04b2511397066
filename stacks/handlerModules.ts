import { handlerModules as handlerModuleRows } from '../packages/functions/src/app/handlerModules';

export { infrastructureHandlerModules } from '../packages/functions/src/app/handlerModules';

/** Every handler module the stacks deploy (relative to packages/functions/src), one Lambda each, sorted. */
export function handlerModules(): string[] {
  return handlerModuleRows().map((row) => row.module).sort();
}
