import { describe, expect, it } from 'vitest';
import { knownCityNames } from './knownCityNames';
import { restoreLostLetters } from './restoreLostLetters';

describe('restoreLostLetters', () => {
  it('restores a known city whose accented letter was lost', () => {
    expect(restoreLostLetters('Bras\ufffdlia', knownCityNames)).toBe('Brasília');
    expect(restoreLostLetters('S\ufffdo Paulo', knownCityNames)).toBe('São Paulo');
  });

  it('does not guess when the rest of the name differs or nothing was lost', () => {
    expect(restoreLostLetters('Bras\ufffdlla', knownCityNames)).toBeUndefined();
    expect(restoreLostLetters('Brasilia', knownCityNames)).toBeUndefined();
  });

  it('does not guess between two names that both fit', () => {
    expect(restoreLostLetters('M\ufffdlaga', ['Málaga', 'Mälaga'])).toBeUndefined();
  });

  it('lets U+FFFD stand for a non-ASCII character only', () => {
    expect(restoreLostLetters('Bras\ufffdlia', ['Braszlia'])).toBeUndefined();
  });
});
