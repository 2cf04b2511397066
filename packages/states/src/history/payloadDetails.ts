/** AWS marks payloads in history as truncated past 256 KiB; ours never are, but the field is kept. */
export const untruncated = { truncated: false } as const;
