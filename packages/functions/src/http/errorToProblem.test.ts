import { describe, expect, it } from 'vitest';
import { InvalidCursorError, DomainError, DomainNotFoundError, StaleVersionError, VersionConflictError } from '@forkcast/core';
import { errorToProblem } from './errorToProblem';

describe('errorToProblem', () => {
  it.each([
    [new VersionConflictError('restaurant-x', 4), 409, 'concurrent-modification'],
    [new DomainError('restaurant-delisted', 'the restaurant is delisted'), 409, 'domain/restaurant-delisted'],
    [new StaleVersionError('restaurant-x', 2, 5), 412, 'stale-version'],
    [new DomainNotFoundError('restaurant-not-found', 'there is no such restaurant'), 404, 'domain/restaurant-not-found'],
    [new InvalidCursorError('forged'), 400, 'bad-request'],
    [new TypeError('cannot read x of undefined'), 500, 'internal'],
  ])('maps %s to %i', (error, status, slug) => {
    const { problem, unexpected } = errorToProblem(error, '/restaurants/x#req');
    expect(problem).toEqual(expect.objectContaining({ status, type: `urn:forkcast:problem:${slug}`, instance: '/restaurants/x#req' }));
    expect(unexpected).toBe(status === 500);
    expect(JSON.stringify(problem)).not.toContain('cannot read');
  });
});
