import type { ObjectStore } from '@forkcast/core';
import { S3ObjectStore } from '@forkcast/core/s3ObjectStore';
import { importsBucketFromEnvironment } from './awsEnvironment';

/** The imports bucket on S3. */
export function awsImportsBucket(): ObjectStore {
  return new S3ObjectStore({ bucket: importsBucketFromEnvironment() });
}
