import type { ObjectStore } from '@forkcast/core';
import { S3ObjectStore } from '@forkcast/core/s3ObjectStore';
import { exportsBucketFromEnvironment } from './awsEnvironment';

/** The exports bucket on S3: analysts' Parquet and NDJSON partitions of the log. */
export function awsExportsBucket(): ObjectStore {
  return new S3ObjectStore({ bucket: exportsBucketFromEnvironment() });
}
