import type { Json, StateMachineDefinition } from '../engine/types';

/** One line of a conformance file (see ../shared/conformance/stepfunctions/README.md). */
export interface ConformanceCase {
  id: string;
  feature?: string;
  definition: StateMachineDefinition;
  input: Json;
  expected: { status: string; output?: Json; error?: string; cause?: string };
  lambda_handlers?: Record<string, string | HandlerSpec>;
  compare: {
    placeholders?: boolean;
    replacements?: [string, string][];
    wildcards?: string[];
    execution_kind?: string;
  };
}

export interface HandlerSpec {
  integration: string;
  behaviour?: string | null;
  function?: string | null;
  callback?: 'success' | 'failure' | 'none';
  output?: Json;
  output_from?: string;
  message_field?: string;
  error?: string;
  cause?: string;
  token_from?: string;
  heartbeats?: number;
  delay_seconds?: number;
  invoked?: boolean;
}

export interface CaseResult {
  id: string;
  status: string;
  output?: Json;
  error?: string;
  cause?: string;
}
