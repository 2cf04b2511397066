import { describe, expect, it, vi } from 'vitest';
import { onAws } from './onAws';

describe('onAws', () => {
  it('builds a synchronous handler on the first invocation only, and keeps its result synchronous', () => {
    const build = vi.fn(() => (n: number) => n * 2);
    const handler = onAws(build);
    expect(build).not.toHaveBeenCalled();
    expect(handler(2)).toBe(4);
    expect(handler(5)).toBe(10);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('awaits an async builder once, even for invocations that arrive while it is building', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const build = vi.fn(async () => {
      await gate;
      return async (n: number) => n + 1;
    });
    const handler = onAws(build);
    const first = handler(1);
    const second = handler(2);
    release();
    expect(await Promise.all([first, second])).toEqual([2, 3]);
    expect(await handler(3)).toBe(4);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('builds again on the next invocation after an async build failed, instead of failing the container for good', async () => {
    const build = vi.fn()
      .mockRejectedValueOnce(new Error('secret not reachable'))
      .mockResolvedValueOnce(async (n: number) => n);
    const handler = onAws(build as () => Promise<(n: number) => Promise<number>>);
    await expect(handler(1)).rejects.toThrow('secret not reachable');
    expect(await handler(7)).toBe(7);
    expect(await handler(8)).toBe(8);
    expect(build).toHaveBeenCalledTimes(2);
  });
});
