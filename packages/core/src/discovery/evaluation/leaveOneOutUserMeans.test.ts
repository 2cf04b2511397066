import { describe, expect, it } from 'vitest';
import { leaveOneOutUserMeans } from './leaveOneOutUserMeans';

const rating = (userID: string, placeID: string, value: number) => ({ userID, placeID, rating: value, food: value, service: value });

describe('leaveOneOutUserMeans', () => {
  it("scores each row by the user's other ratings, never its own", () => {
    const rows = [rating('a', '1', 2), rating('a', '2', 0), rating('a', '3', 1), rating('b', '1', 0), rating('b', '2', 0)];
    expect(leaveOneOutUserMeans(rows)).toEqual([
      { score: 0.5, rating: 2 }, { score: 1.5, rating: 0 }, { score: 1, rating: 1 },
      { score: 0, rating: 0 }, { score: 0, rating: 0 },
    ]);
  });

  it('falls back to the mean of every other row for a user with one rating', () => {
    const rows = [rating('a', '1', 2), rating('a', '2', 2), rating('c', '1', 0)];
    expect(leaveOneOutUserMeans(rows)[2]).toEqual({ score: 2, rating: 0 });
  });
});
