import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { EventEnvelope } from '@forkcast/events';
import { dayOfId } from './dayOfId';

/** The Events item of an envelope: its attributes as they are, plus `day` for the byDay GSI. */
export function toEventItem(event: EventEnvelope<string, unknown>): Record<string, AttributeValue> {
  return marshall({ ...event, day: dayOfId(event.id) }, { removeUndefinedValues: true });
}

/** The raw (not yet validated or upcast) envelope of an Events item. */
export function fromEventItem(item: Record<string, AttributeValue>): unknown {
  const { day: _day, ...envelope } = unmarshall(item);
  return envelope;
}
