import type { SSTConfig } from 'sst';
import type { FunctionProps } from 'sst/constructs';
import { Storage } from './stacks/Storage';
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
  nodejs: { format: 'esm', minify: true },
  environment: { POWERTOOLS_SERVICE_NAME: 'forkcast' },
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
    await app.stack(Storage);
    // await app.stack(Bus);        // custom bus `forkcast` + archive, log stream publisher, rules + DLQs
    // await app.stack(Workflows);  // Step Functions from packages/functions/src/workflows/*.asl.json
    // await app.stack(Api);        // HTTP API from the route table, JWT authorizer
    // await app.stack(Monitoring); // alarms and dashboards (staging, production)

    for (const child of app.node.children) suppressSstBaseline(child);
  },
} satisfies SSTConfig;
