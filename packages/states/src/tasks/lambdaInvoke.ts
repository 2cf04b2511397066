import { StatesError } from '../errors/statesError';
import type { Json, JsonObject } from '../engine/types';
import type { TaskDispatcher } from './taskDispatcher';
import type { TaskHandler } from './taskTypes';
import { pythonJsonDumps } from './pythonJson';

/**
 * `arn:aws:states:::lambda:invoke`: calls the function and wraps its result in the response
 * envelope of Lambda's Invoke API as Step Functions returns it (Payload plus SDK metadata).
 */
export function lambdaInvokeHandler(dispatcher: TaskDispatcher): TaskHandler {
  return async (req) => {
    const params = (req.parameters ?? {}) as JsonObject;
    const functionName = params.FunctionName;
    if (typeof functionName !== 'string') {
      throw new StatesError('States.Runtime', 'The FunctionName parameter of lambda:invoke must be a string.');
    }
    const event = payloadEvent(params.Payload);
    const result = await dispatcher.invokeFunction(
      functionName,
      event,
      { clock: req.clock, signal: req.signal },
      req.region,
      req.accountId,
      true,
    );
    return envelope(result, new Date(req.clock.now()), params.LogType === 'Tail');
  };
}

/** Absent or null Payload reaches the function as `{}`; a string is sent verbatim as the JSON body. */
function payloadEvent(payload: Json | undefined): Json {
  if (payload === undefined || payload === null) return {};
  if (typeof payload === 'string') {
    try {
      return JSON.parse(payload) as Json;
    } catch {
      return payload;
    }
  }
  return payload;
}

function envelope(result: Json, date: Date, tail: boolean): JsonObject {
  const requestId = crypto.randomUUID();
  const traceId = `Root=1-${Math.floor(date.getTime() / 1000).toString(16)}-${crypto.randomUUID().replace(/-/g, '').slice(0, 24)};Sampled=0`;
  const headers: Record<string, string> = {
    'X-Amz-Executed-Version': '$LATEST',
    'x-amzn-Remapped-Content-Length': '0',
    Connection: 'keep-alive',
    'x-amzn-RequestId': requestId,
    'Content-Length': String(Buffer.byteLength(pythonJsonDumps(result), 'utf8')),
    Date: date.toUTCString(),
    'X-Amzn-Trace-Id': traceId,
    'Content-Type': 'application/json',
  };
  const logResult = tail ? Buffer.from(`START RequestId: ${requestId} Version: $LATEST\nEND RequestId: ${requestId}\n`).toString('base64') : undefined;
  if (logResult) headers['X-Amz-Log-Result'] = logResult;
  const out: JsonObject = {
    ExecutedVersion: '$LATEST',
    Payload: result,
    SdkHttpMetadata: {
      AllHttpHeaders: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]])),
      HttpHeaders: headers,
      HttpStatusCode: 200,
    },
    SdkResponseMetadata: { RequestId: requestId },
    StatusCode: 200,
  };
  if (logResult) out.LogResult = logResult;
  return out;
}
