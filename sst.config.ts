import type { SSTConfig } from 'sst';
import type { FunctionProps } from 'sst/constructs';
import { Api } from './stacks/Api';
import { Bus } from './stacks/Bus';
import { Monitoring } from './stacks/Monitoring';
import { Schedules } from './stacks/Schedules';
import { Storage } from './stacks/Storage';
import { Workflows } from './stacks/Workflows';
import { suppressSstBaseline } from './stacks/nag/suppressSstBaseline';
import { retainsData } from './stacks/retainsData';

/** Props every Lambda function starts from; a function overrides only what it must. */
const defaultFunctionProps: FunctionProps = {
  runtime: 'nodejs22.x',
  architecture: 'arm_64',
  memorySize: '512 MB',
  timeout: '10 seconds',
  // X-Ray needs a wildcard IAM grant in every role and costs per trace; Powertools logs carry
  // correlation ids instead.
  tracing: 'disabled',
  // SST v2 bundles ESM with target esnext and, for nodejs22.x, bundles the AWS SDK too (it marks
  // only sharp and pg-native external). The Node 22 runtime ships SDK v3, so it stays out of the
  // bundle: smaller bundles and faster cold starts (BENCHMARKS.md, bundles.bench.ts).
  nodejs: { format: 'esm', minify: true, esbuild: { target: 'node22', external: ['@aws-sdk/*'] } },
  environment: {
    POWERTOOLS_SERVICE_NAME: 'forkcast',
    POWERTOOLS_METRICS_NAMESPACE: 'Forkcast',
    POWERTOOLS_LOG_LEVEL: 'INFO',
  },
};

export default {
  config() {
    // Stages: your personal stage (SST asks for its name once), `staging` and `production`.
    return { name: 'forkcast', region: 'us-east-1' };
  },
  async stacks(app) {
    // Personal stages are throwaway: `sst remove` deletes everything, buckets included.
    // Retained stages get no app-wide policy: data stores say RETAIN themselves, code can go.
    if (!retainsData(app.stage)) app.setDefaultRemovalPolicy('destroy');
    app.setDefaultFunctionProps(defaultFunctionProps);
    // Server access logs are delivered under a bucket policy, not the legacy log-delivery ACL
    // (which would force ACLs back on for the logs bucket).
    app.node.setContext('@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy', true);

    // In dependency order: a stack may `use()` only the ones above it. `await` because an async
    // stack function makes app.stack() return a promise.
    // Workflows comes before Bus: rules start state machines, and policies answer their task tokens.
    await app.stack(Storage);
    await app.stack(Workflows);
    await app.stack(Bus);
    await app.stack(Api);
    await app.stack(Schedules);
    // Alarms and dashboards bill monthly: only where data is kept; personal stages cost storage only.
    if (retainsData(app.stage)) await app.stack(Monitoring);

    for (const child of app.node.children) suppressSstBaseline(child);
  },
} satisfies SSTConfig;
