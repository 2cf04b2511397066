import { describe, expect, it } from 'vitest';
import { planStacks } from './planStacks';

const rows = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('planStacks', () => {
  it('makes one stack per context with rows, named after it', () => {
    const plan = planStacks('Api', [{ name: 'restaurants', rows: rows(3) }, { name: 'empty', rows: [] }, { name: 'owner-tools', rows: rows(1) }], () => 7, 160);
    expect(plan.map((p) => [p.id, p.rows.length, p.cost])).toEqual([['ApiRestaurants', 3, 21], ['ApiOwnerTools', 1, 7]]);
  });

  it('continues a context over budget in numbered stacks, in table order, each within the budget', () => {
    const plan = planStacks('Api', [{ name: 'reviews', rows: rows(50) }], () => 7, 160);
    expect(plan.map((p) => p.id)).toEqual(['ApiReviews', 'ApiReviews2', 'ApiReviews3']);
    expect(plan.map((p) => p.rows.length)).toEqual([22, 22, 6]);
    expect(plan.flatMap((p) => p.rows)).toEqual(rows(50));
    for (const p of plan) expect(p.cost).toBeLessThanOrEqual(160);
  });

  it('keeps a context in its stack as other contexts grow', () => {
    const before = planStacks('Bus', [{ name: 'a', rows: rows(2) }, { name: 'b', rows: rows(2) }], () => 9);
    const after = planStacks('Bus', [{ name: 'a', rows: rows(15) }, { name: 'b', rows: rows(2) }], () => 9);
    expect(after.find((p) => p.id === 'BusB')!.rows).toEqual(before.find((p) => p.id === 'BusB')!.rows);
  });

  it('refuses a row bigger than a stack, and two contexts with the same stack name', () => {
    expect(() => planStacks('Api', [{ name: 'x', rows: [1] }], () => 500, 160)).toThrow(/more than a stack's budget/);
    expect(() => planStacks('Api', [{ name: 'a-b', rows: [1] }, { name: 'a_b', rows: [1] }], () => 1)).toThrow(/ApiAB/);
  });
});
