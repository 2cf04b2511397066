/**
 * Imports a module that another part of the project provides, resolving to undefined (not
 * throwing) when the file does not exist yet, so the runtime can start and say what is missing.
 * The specifier is a variable on purpose: the typechecker must not require the module.
 */
export async function importOptional<T>(specifier: string, from: string): Promise<T | undefined> {
  const url = new URL(specifier, from).href;
  try {
    return (await import(/* @vite-ignore */ url)) as T;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const missingThisModule = (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && String((error as Error).message).includes(specifier.replace(/^(\.\.\/)+/, ''));
    if (missingThisModule) return undefined;
    throw error;
  }
}
