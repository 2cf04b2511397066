import { InvalidToken, SendTaskFailureCommand, SendTaskSuccessCommand, SFNClient, TaskDoesNotExist, TaskTimedOut } from '@aws-sdk/client-sfn';
import { TaskTokenGoneError, type Workflows } from './workflows';

/** The Workflows port on AWS Step Functions. */
export class SfnWorkflows implements Workflows {
  /** The adapter owns its client (one SDK copy: core's); tests may pass one to mock. */
  constructor(private readonly client: SFNClient = new SFNClient({})) {}

  async sendTaskSuccess(taskToken: string, output: unknown): Promise<void> {
    await this.send(() => this.client.send(new SendTaskSuccessCommand({ taskToken, output: JSON.stringify(output ?? null) })));
  }

  async sendTaskFailure(taskToken: string, error: string, cause?: string): Promise<void> {
    // Step Functions caps error at 256 and cause at 32,768 characters.
    await this.send(() => this.client.send(new SendTaskFailureCommand({ taskToken, error: error.slice(0, 256), ...(cause ? { cause: cause.slice(0, 32_768) } : {}) })));
  }

  private async send(call: () => Promise<unknown>): Promise<void> {
    try {
      await call();
    } catch (error) {
      if (error instanceof TaskTimedOut || error instanceof TaskDoesNotExist || error instanceof InvalidToken) throw new TaskTokenGoneError(error.name);
      throw error;
    }
  }
}
