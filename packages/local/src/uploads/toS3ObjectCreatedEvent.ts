import { randomBytes } from 'node:crypto';
import type { S3Event } from 'aws-lambda';

/** The notification S3 sends a Lambda trigger after a PUT (keys are URL-encoded with '+' for spaces, as S3 does). */
export function toS3ObjectCreatedEvent(input: {
  bucket: string;
  key: string;
  size: number;
  eTag: string;
  region: string;
  sourceIp: string;
  now: Date;
}): S3Event {
  return {
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: input.region,
        eventTime: input.now.toISOString(),
        eventName: 'ObjectCreated:Put',
        userIdentity: { principalId: 'AWS:forkcast-local' },
        requestParameters: { sourceIPAddress: input.sourceIp },
        responseElements: { 'x-amz-request-id': randomBytes(8).toString('hex').toUpperCase(), 'x-amz-id-2': randomBytes(24).toString('base64') },
        s3: {
          s3SchemaVersion: '1.0',
          configurationId: 'imports-object-created',
          bucket: { name: input.bucket, ownerIdentity: { principalId: 'forkcast-local' }, arn: `arn:aws:s3:::${input.bucket}` },
          object: {
            key: encodeURIComponent(input.key).replace(/%2F/g, '/').replace(/%20/g, '+'),
            size: input.size,
            eTag: input.eTag,
            sequencer: input.now.getTime().toString(16).toUpperCase(),
          },
        },
      },
    ],
  };
}
