/** Key prefix under which uploaded files trigger an import; the lifecycle rule expires the same prefix. */
export const importsPrefix = 'imports/';
