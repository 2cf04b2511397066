import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { useDynamoStores } from '../../testing/useDynamoStores';
import { sampleRestaurant } from '../../testing/sampleRestaurant';
import { viewKeyLimits } from '../../projections/boundedKey';
import { projectEvent } from '../../projections/projectEvent';
import { handleCommand } from '../../commands/handleCommand';
import { restaurantDecider } from '../restaurantDecider';
import { newRestaurantStream } from '../restaurantStream';
import { restaurantProfileProjection } from './restaurantProfileProjection';
import { restaurantsByCityProjection } from './restaurantsByCityProjection';
import { listRestaurantsByCity } from './restaurantQueries';

// DynamoDB's own limits, which dynalite does not enforce.
const dynamoPartitionKeyBytes = 2048;
const dynamoSortKeyBytes = 1024;

const { db, store, views } = await useDynamoStores();

// U+FDFA expands 18-fold under NFKD (cityKey), the most of any character; 😀 is 4 bytes as it is.
const ligature = '\uFDFA';
const extremeCity = ligature.repeat(120);
const extremeNames = [ligature.repeat(200), `${ligature.repeat(199)}a`, '😀'.repeat(200), 'A'.repeat(200), `${'é'.repeat(150)}z`, 'Short'];

describe('Views keys built from user text', () => {
  it('stay within DynamoDB limits (and our budgets) for the longest and most expanding names and cities, and still page', async () => {
    for (const name of extremeNames) {
      const stream = newRestaurantStream();
      const { event } = await handleCommand({
        store, decider: restaurantDecider, stream, actor: { id: 's', role: 'staff' }, correlationId: 'c',
        command: { type: 'ListRestaurant', data: sampleRestaurant({ name, city: extremeCity, locality: ligature.repeat(200), address: ligature.repeat(500), externalId: undefined, source: undefined }) },
      });
      if (event) {
        await projectEvent({ projection: restaurantProfileProjection, event, views, store });
        await projectEvent({ projection: restaurantsByCityProjection, event, views, store });
      }
    }

    const { Items = [] } = await db.client.send(new ScanCommand({ TableName: views.tableName }));
    expect(Items.length).toBe(extremeNames.length * 2);
    for (const item of Items) {
      const pk = Buffer.byteLength(item.pk!.S!);
      expect(pk).toBeLessThanOrEqual(Math.min(dynamoPartitionKeyBytes, viewKeyLimits.partitionKeyBytes));
      if (item.ix) {
        expect(Buffer.byteLength(item.ix.S!)).toBeLessThanOrEqual(Math.min(dynamoPartitionKeyBytes, viewKeyLimits.partitionKeyBytes));
        expect(Buffer.byteLength(item.ixSort!.S!)).toBeLessThanOrEqual(Math.min(dynamoSortKeyBytes, viewKeyLimits.sortKeyBytes));
      }
    }
    const { Items: logItems = [] } = await db.client.send(new ScanCommand({ TableName: store.tableName }));
    for (const item of logItems) expect(Buffer.byteLength(item.stream!.S!)).toBeLessThanOrEqual(dynamoPartitionKeyBytes);

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listRestaurantsByCity(views, extremeCity, { limit: 1, cursor });
      seen.push(...page.items.map((r) => r.name));
      if (page.cursor) expect(page.cursor.length).toBeLessThan(500);
      cursor = page.cursor;
    } while (cursor);
    expect(seen.sort()).toEqual([...extremeNames].sort());
  });
});
