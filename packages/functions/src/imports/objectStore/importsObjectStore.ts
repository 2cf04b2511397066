import { S3Client } from '@aws-sdk/client-s3';
import { readEnvironment } from '../../config/environment';
import { FileObjectStore } from './fileObjectStore';
import type { ObjectStore } from './objectStore';
import { S3ObjectStore } from './s3ObjectStore';

let cached: ObjectStore | undefined;

/** The imports bucket, or its local directory when FORKCAST_OBJECT_STORE_DIR is set; one per container. */
export function importsObjectStore(): ObjectStore {
  if (cached) return cached;
  const env = readEnvironment();
  cached = env.objectStoreDir
    ? new FileObjectStore(env.objectStoreDir, env.publicUrl, env.importsBucket)
    : new S3ObjectStore(new S3Client({}), env.importsBucket);
  return cached;
}
