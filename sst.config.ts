import type { SSTConfig } from 'sst';
import type { FunctionProps } from 'sst/constructs';
import { appStacks } from './stacks/appStacks';
import { suppressSstBaseline } from './stacks/nag/suppressSstBaseline';
import { retainsData } from './stacks/retainsData';
import { publicSiteUrl } from './stacks/stageSettings';

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
    // Stages: your personal stage (SST asks for its name once), `staging` and `production`. What
    // differs by stage is in stacks/: retainsData.ts (what is kept), stageSettings.ts (the public
    // site URL), api/corsOrigins.ts and api/throttling.ts.
    return { name: 'forkcast', region: 'us-east-1' };
  },
  async stacks(app) {
    // Personal stages are throwaway: `sst remove` deletes everything, buckets included.
    // Retained stages get no app-wide policy: data stores say RETAIN themselves, code can go.
    if (!retainsData(app.stage)) app.setDefaultRemovalPolicy('destroy');
    app.setDefaultFunctionProps(defaultFunctionProps);
    // Fail before building anything when the stage has no public site URL (share links need it).
    publicSiteUrl(app.stage);
    // Server access logs are delivered under a bucket policy, not the legacy log-delivery ACL
    // (which would force ACLs back on for the logs bucket).
    app.node.setContext('@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy', true);

    // In dependency order (appStacks.ts). `await` because an async stack function makes
    // app.stack() return a promise.
    for (const stack of appStacks(app.stage)) await app.stack(stack);

    for (const child of app.node.children) suppressSstBaseline(child);
  },
} satisfies SSTConfig;
