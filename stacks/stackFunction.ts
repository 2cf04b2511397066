import type { StackContext } from 'sst/constructs';

/** A stack function as passed to `app.stack()`; SST names the stack after the function. */
export type StackFunction = (ctx: StackContext) => unknown;
