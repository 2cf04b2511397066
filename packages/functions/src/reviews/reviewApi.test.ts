import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { sampleRestaurant } from '@forkcast/core/testing';
import { staff } from '../testing/apiEvent';
import { useTestApi } from '../testing/useTestApi';

const api = useTestApi();
const { callApi, deliverToProjections } = api;
const { source: _s, externalId: _e, ...restaurantProfile } = sampleRestaurant();

let n = 0;
const newDiner = () => ({ sub: `review-sub-${Date.now()}-${n++}`, 'cognito:groups': '[diner]' });

function expectProblem(res: { statusCode: number; headers: Record<string, string>; json: any }, status: number, type?: string) {
  expect(res.statusCode, JSON.stringify(res.json)).toBe(status);
  expect(res.headers['content-type']).toBe('application/problem+json');
  if (type) expect(res.json.type).toBe(`urn:forkcast:problem:${type}`);
}

async function registered() {
  const claims = newDiner();
  const res = await callApi('registerDiner', { body: { displayName: 'Reviewer' }, claims });
  expect(res.statusCode).toBe(201);
  return { claims, referralCode: res.json.referralCode as string };
}

async function restaurant() {
  const res = await callApi('listRestaurant', { body: restaurantProfile, claims: staff });
  expect(res.statusCode).toBe(201);
  return res.json.id as string;
}

const review = { title: 'Great mole', body: 'We went twice.\nThe mole is the best in town.', stars: 5 };

describe('reviews', () => {
  it('submits, edits, lists newest first with cursors, and withdraws; only the author changes a review', async () => {
    const author = await registered();
    const other = await registered();
    const id = await restaurant();
    const ids: string[] = [];
    for (const title of ['First', 'Second', 'Third']) {
      const res = await callApi('submitReview', { params: { id }, body: { ...review, title }, claims: author.claims });
      expect(res.statusCode).toBe(201);
      expect(res.headers.location).toBe(`/reviews/${res.json.id}`);
      ids.push(res.json.id);
      await new Promise((resolve) => setTimeout(resolve, 5)); // distinct submission times
    }
    for (const r of ids) await deliverToProjections(r);

    const first = await callApi('listRestaurantReviews', { params: { id }, query: { limit: '2' } });
    expect(first.statusCode).toBe(200);
    expect(first.json.items.map((r: { title: string }) => r.title)).toEqual(['Third', 'Second']);
    expect(first.json.items[0]).not.toHaveProperty('response');
    const second = await callApi('listRestaurantReviews', { params: { id }, query: { limit: '2', cursor: first.json.cursor } });
    expect(second.json.items.map((r: { title: string }) => r.title)).toEqual(['First']);
    expect(second.json.cursor).toBeUndefined();

    expectProblem(await callApi('editReview', { params: { id: ids[0]! }, body: { stars: 1 }, claims: other.claims }), 403, 'domain/not-review-author');
    expectProblem(await callApi('withdrawReview', { params: { id: ids[0]! }, claims: other.claims }), 403, 'domain/not-review-author');
    const edited = await callApi('editReview', { params: { id: ids[0]! }, body: { stars: 3 }, claims: author.claims, headers: { 'if-match': '"1"' } });
    expect(edited.statusCode).toBe(202);
    expectProblem(await callApi('editReview', { params: { id: ids[0]! }, body: { stars: 2 }, claims: author.claims, headers: { 'if-match': '"1"' } }), 412);

    const withdrawn = await callApi('withdrawReview', { params: { id: ids[1]! }, claims: author.claims });
    expect(withdrawn.statusCode).toBe(202);
    expectProblem(await callApi('editReview', { params: { id: ids[1]! }, body: { stars: 1 }, claims: author.claims }), 409, 'domain/review-withdrawn');
    for (const r of ids) await deliverToProjections(r);

    const all = await callApi('listRestaurantReviews', { params: { id } });
    expect(all.json.items.map((r: { title: string; stars: number }) => [r.title, r.stars])).toEqual([['Third', 5], ['First', 3]]);
    const got = await callApi('getReview', { params: { id: ids[0]! } });
    expect(got.statusCode).toBe(200);
    expect(got.json).toEqual(expect.objectContaining({ id: ids[0], title: 'First', stars: 3, version: 2, restaurant: id }));
    expectProblem(await callApi('getReview', { params: { id: ids[1]! } }), 404);
    const mine = await callApi('listMyReviews', { claims: author.claims });
    expect(mine.json.items.map((r: { id: string }) => r.id)).toEqual([ids[2], ids[0]]);
    expect((await callApi('listMyReviews', { claims: other.claims })).json.items).toEqual([]);
    expect((await callApi('getRestaurantRatings', { params: { id } })).json.reviews).toBe(2);
  });

  it('400 for a body over 5,000 characters or bad stars, 401 without a token, 404 and 409 where they apply', async () => {
    const author = await registered();
    const id = await restaurant();
    expectProblem(await callApi('submitReview', { params: { id }, body: { ...review, body: 'x'.repeat(5001) }, claims: author.claims }), 400);
    expect((await callApi('submitReview', { params: { id }, body: { ...review, body: 'x'.repeat(5000) }, claims: author.claims })).statusCode).toBe(201);
    expectProblem(await callApi('submitReview', { params: { id }, body: { ...review, stars: 0 }, claims: author.claims }), 400);
    expectProblem(await callApi('submitReview', { params: { id }, body: { ...review, author: 'diner-x' }, claims: author.claims }), 400);
    expectProblem(await callApi('submitReview', { params: { id }, body: review }), 401);
    expectProblem(await callApi('submitReview', { params: { id: 'restaurant-01ARZ3NDEKTSV4RRFFQ69G5FAV' }, body: review, claims: author.claims }), 404, 'domain/restaurant-not-found');
    expectProblem(await callApi('submitReview', { params: { id }, body: review, claims: newDiner() }), 409, 'domain/diner-not-registered');
    expectProblem(await callApi('editReview', { params: { id: 'review-01ARZ3NDEKTSV4RRFFQ69G5FAV' }, body: { stars: 2 }, claims: author.claims }), 404, 'domain/review-not-found');
    expectProblem(await callApi('listRestaurantReviews', { params: { id }, query: { cursor: 'bm9wZQ' } }), 400);
  });
});

describe('sharing', () => {
  it("answers each network's share URL around the review's public URL with the sharer's referral code", async () => {
    const author = await registered();
    const sharer = await registered();
    const id = await restaurant();
    const reviewId = (await callApi('submitReview', { params: { id }, body: review, claims: author.claims })).json.id as string;
    const page = `https://forkcast.example/reviews/${reviewId}?ref=${sharer.referralCode}`;

    const link = await callApi('shareReview', { params: { id: reviewId }, body: { network: 'link' }, claims: sharer.claims });
    expect(link.statusCode).toBe(201);
    expect(link.json).toEqual(expect.objectContaining({ network: 'link', url: page, reviewUrl: page, version: 2 }));
    const facebook = await callApi('shareReview', { params: { id: reviewId }, body: { network: 'facebook' }, claims: sharer.claims });
    expect(facebook.json.url).toBe(`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(page)}`);
    const x = await callApi('shareReview', { params: { id: reviewId }, body: { network: 'x' }, claims: sharer.claims });
    expect(x.json.url).toBe(`https://x.com/intent/tweet?url=${encodeURIComponent(page)}`);
    expect(new URL(new URL(x.json.url).searchParams.get('url')!).searchParams.get('ref')).toBe(sharer.referralCode);

    const log = await api.deps().events.readStream(reviewId);
    expect(log.filter((e) => e.type === 'ReviewShared').map((e) => (e.data as { network: string }).network)).toEqual(['link', 'facebook', 'x']);
    await deliverToProjections(reviewId);
    expect((await callApi('getReview', { params: { id: reviewId } })).json.shares).toBe(3);

    expectProblem(await callApi('shareReview', { params: { id: reviewId }, body: { network: 'myspace' }, claims: sharer.claims }), 400);
    expectProblem(await callApi('shareReview', { params: { id: reviewId }, body: { network: 'x' }, claims: newDiner() }), 409, 'domain/diner-not-registered');
    await callApi('withdrawReview', { params: { id: reviewId }, claims: author.claims });
    expectProblem(await callApi('shareReview', { params: { id: reviewId }, body: { network: 'x' }, claims: sharer.claims }), 404, 'domain/review-not-found');
  });
});
