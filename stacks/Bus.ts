import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { NagSuppressions } from 'cdk-nag';
import { use, type StackContext } from 'sst/constructs';
import { deadLetterQueue } from './bus/deadLetterQueue';
import { handlerFunction } from './functions/handlerFunction';
import { retainsData } from './retainsData';
import { Storage } from './Storage';

/** The publisher reads up to this many stream records per invocation: one PutEvents call. */
export const publisherBatchSize = 10;

/**
 * The `forkcast` bus with its archive and the publisher from the log's stream to the bus. The
 * rules of the subscription table are in the subscriptions stacks (Subscriptions.ts).
 */
export function Bus({ stack, app }: StackContext) {
  const storage = use(Storage);
  const retained = retainsData(app.stage);
  const removalPolicy = retained ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
  const prefix = `${app.name}-${app.stage}`;

  const bus = new EventBus(stack, 'Forkcast', { eventBusName: prefix });
  // Everything published can be replayed into the bus from here (as well as from the log itself).
  bus.archive('Archive', {
    archiveName: `${prefix}-all`,
    description: 'Every event published on the forkcast bus',
    eventPattern: { account: [stack.account] },
    retention: retained ? Duration.days(365) : Duration.days(7),
  });

  // Publisher: the log's DynamoDB stream → the bus. One shard at a time per shard (parallelization
  // 1) and partial batch failures from the first refused record keep each stream's events in order;
  // bisecting a failing batch isolates a record the bus cannot take without stalling the shard for
  // the whole retry budget. Records still failing after that go to the DLQ (shard and sequence
  // range: replay them from the log's byDay index).
  const publisherDeadLetters = deadLetterQueue(stack, 'PublisherDeadLetters', { removalPolicy, of: 'the log stream publisher' });
  const publisher = handlerFunction(stack, 'PublishLogStream', {
    handler: 'bus/publishLogStream',
    needs: [],
    resources: {},
    description: 'Publishes every event appended to the log on the forkcast bus',
    props: { environment: { EVENT_BUS_NAME: bus.eventBusName } },
  });
  publisher.role.addToPolicy(new PolicyStatement({ actions: ['events:PutEvents'], resources: [bus.eventBusArn] }));
  publisher.fn.addEventSource(new DynamoEventSource(storage.events.cdk.table, {
    startingPosition: StartingPosition.TRIM_HORIZON,
    batchSize: publisherBatchSize,
    parallelizationFactor: 1,
    bisectBatchOnError: true,
    reportBatchItemFailures: true,
    retryAttempts: 10,
    maxRecordAge: Duration.days(1),
    onFailure: new SqsDlq(publisherDeadLetters),
  }));
  NagSuppressions.addResourceSuppressions(publisher.role, [{
    id: 'AwsSolutions-IAM5',
    reason: 'dynamodb:ListStreams has no resource-level permissions; AWS requires Resource * for it (stream event source).',
    appliesTo: ['Resource::*'],
  }], true);

  stack.addOutputs({ EventBus: bus.eventBusName });
  return { bus, publisher: publisher.fn, publisherDeadLetters };
}
