import { describe, expect, it } from 'vitest';
import type { EventEnvelope } from '../envelope';
import { eventCatalog } from '../catalog/defaultCatalog';
import { UnknownEventTypeError } from '../catalog/eventCatalogErrors';
import { eventBridgeTime, toEventBridgeEvent } from './toEventBridgeEvent';

const envelope: EventEnvelope = {
  id: '01JH0000000000000000000001',
  stream: 'restaurant-01JH0000000000000000000000',
  version: 3,
  type: 'RestaurantDelisted',
  schemaVersion: 1,
  occurredAt: '2026-01-01T10:20:30.456Z',
  data: { reason: 'closed' },
  meta: { actor: { id: 'u1', role: 'staff' }, correlationId: 'c1' },
};

describe('toEventBridgeEvent', () => {
  it('has the shape a Lambda target receives, with the envelope as detail', () => {
    const event = toEventBridgeEvent(envelope, { account: '123456789012', region: 'eu-west-1' });
    expect(Object.keys(event).sort()).toEqual(
      ['account', 'detail', 'detail-type', 'id', 'region', 'resources', 'source', 'time', 'version'],
    );
    expect(event).toMatchObject({
      version: '0',
      'detail-type': 'RestaurantDelisted',
      source: eventCatalog.sourceOf('RestaurantDelisted'),
      account: '123456789012',
      region: 'eu-west-1',
      time: '2026-01-01T10:20:30Z',
      resources: [],
    });
    expect(event.detail).toBe(envelope);
    expect(event.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('gives each put its own id unless one is passed', () => {
    const options = { account: '1', region: 'r' };
    expect(toEventBridgeEvent(envelope, options).id).not.toBe(toEventBridgeEvent(envelope, options).id);
    expect(toEventBridgeEvent(envelope, { ...options, id: 'fixed' }).id).toBe('fixed');
  });

  it('takes the source of every catalog type from the catalog', () => {
    for (const type of eventCatalog.types) {
      const event = toEventBridgeEvent({ ...envelope, type: type.type }, { account: '1', region: 'r' });
      expect(event.source).toBe(type.source);
      expect(event.source).toMatch(/^forkcast\.[a-z]+$/);
    }
  });

  it('rejects a type the catalog does not know', () => {
    expect(() => toEventBridgeEvent({ ...envelope, type: 'NothingHappened' }, { account: '1', region: 'r' })).toThrow(
      UnknownEventTypeError,
    );
  });
});

describe('eventBridgeTime', () => {
  it('formats UTC at whole seconds, converting offsets', () => {
    expect(eventBridgeTime('2026-01-01T00:00:00.000Z')).toBe('2026-01-01T00:00:00Z');
    expect(eventBridgeTime('2026-01-01T01:30:15.999+01:00')).toBe('2026-01-01T00:30:15Z');
    expect(() => eventBridgeTime('yesterday')).toThrow(RangeError);
  });
});
