/**
 * State transitions per second of @forkcast/states, side by side with aws-local-stepfunctions
 * (the interpreter it replaces) on the JSONPath definitions both can run, in the same process.
 */
import { StateMachine } from 'aws-local-stepfunctions';
import { StatesEngine, type StateMachineDefinition } from '@forkcast/states';
import type { Bench, Figure } from './bench';

// aws-local-stepfunctions 3 uses Promise.withResolvers (Node 22+); give Node 20 the same.
const P = Promise as unknown as { withResolvers?: () => unknown };
P.withResolvers ??= function withResolvers<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

const fn = 'arn:aws:lambda:us-east-1:111111111111:function:enrich';

interface Scenario {
  name: string;
  definition: StateMachineDefinition;
  input: unknown;
  /** Task state name -> local handler (both engines bind by state name or function). */
  tasks: Record<string, (event: unknown) => Promise<unknown>>;
}

const enrich = async (event: unknown) => ({ ...(event as object), enriched: true });

const scenarios: Scenario[] = [
  {
    name: 'linear',
    definition: {
      StartAt: 'S0',
      States: Object.fromEntries(
        Array.from({ length: 10 }, (_, i) => [
          `S${i}`,
          { Type: 'Pass', Parameters: { 'step': i, 'restaurant.$': '$.restaurant', 'first.$': '$.tags[0]' }, ResultPath: `$.s${i % 3}`, ...(i < 9 ? { Next: `S${i + 1}` } : { End: true }) },
        ]),
      ),
    },
    input: { restaurant: 'r-1', tags: ['a', 'b'] },
    tasks: {},
  },
  {
    name: 'choiceLoop',
    definition: {
      StartAt: 'Check',
      States: {
        Check: { Type: 'Choice', Choices: [{ Variable: '$.i', NumericGreaterThanEquals: 30, Next: 'Done' }], Default: 'Inc' },
        Inc: { Type: 'Pass', Parameters: { 'i.$': 'States.MathAdd($.i, 1)' }, Next: 'Check' },
        Done: { Type: 'Succeed' },
      },
    },
    // (A falsy Pass `Result` such as 0 is dropped by aws-local-stepfunctions, so the counter starts in the input.)
    input: { i: 0 },
    tasks: {},
  },
  {
    name: 'map',
    definition: {
      StartAt: 'Each',
      States: {
        Each: {
          Type: 'Map',
          ItemsPath: '$.items',
          ItemSelector: { 'value.$': '$$.Map.Item.Value', 'index.$': '$$.Map.Item.Index' },
          ItemProcessor: {
            ProcessorConfig: { Mode: 'INLINE' },
            StartAt: 'Double',
            States: { Double: { Type: 'Pass', Parameters: { 'v.$': '$.value', 'at.$': '$.index' }, End: true } },
          },
          End: true,
        },
      },
    },
    input: { items: Array.from({ length: 20 }, (_, i) => i) },
    tasks: {},
  },
  {
    name: 'parallelTasks',
    definition: {
      StartAt: 'Fan out',
      States: {
        'Fan out': {
          Type: 'Parallel',
          Branches: [0, 1, 2].map((b) => ({
            StartAt: `B${b}Task`,
            States: {
              [`B${b}Task`]: { Type: 'Task', Resource: fn, ResultPath: '$.task', Next: `B${b}Pass` },
              [`B${b}Pass`]: { Type: 'Pass', OutputPath: '$.task', End: true },
            },
          })),
          ResultSelector: { 'first.$': '$[0]' },
          End: true,
        },
      },
    },
    input: { id: 'x' },
    tasks: Object.fromEntries([0, 1, 2].map((b) => [`B${b}Task`, enrich])),
  },
];

async function timeRuns(run: () => Promise<void>, budgetMs: number): Promise<{ runs: number; ms: number }> {
  for (let i = 0; i < 20; i++) await run(); // warm-up
  const start = performance.now();
  let runs = 0;
  while (performance.now() - start < budgetMs) {
    await run();
    runs++;
  }
  return { runs, ms: performance.now() - start };
}

async function measure(s: Scenario): Promise<{ ours: number; theirs: number; transitions: number }> {
  const engine = new StatesEngine();
  engine.tasks.registerFunction('enrich', (event) => enrich(event) as never);
  const machine = engine.createStateMachine(`bench-${s.name}`, s.definition);
  let transitions = 0;
  let n = 0;
  const ours = async () => {
    const exec = engine.startExecution({ stateMachineArn: machine.arn, name: `e${n++}`, input: s.input as never });
    const outcome = await exec.done;
    if (outcome.status !== 'SUCCEEDED') throw new Error(`${s.name}: ${outcome.error} ${outcome.cause}`);
    transitions = exec.history.filter((e) => e.type.endsWith('StateEntered')).length;
  };
  const sm = new StateMachine(s.definition as never, { validationOptions: { checkPaths: false, checkArn: false } });
  const theirs = async () => {
    await sm.run(s.input as never, { overrides: { taskResourceLocalHandlers: s.tasks as never } }).result;
  };
  const a = await timeRuns(ours, 1500);
  const b = await timeRuns(theirs, 1500);
  return { ours: (a.runs * transitions) / (a.ms / 1000), theirs: (b.runs * transitions) / (b.ms / 1000), transitions };
}

const bench: Bench = {
  title: 'Step Functions interpreter: state transitions per second vs aws-local-stepfunctions',
  async run(): Promise<Figure[]> {
    const figures: Figure[] = [];
    const ratios: number[] = [];
    for (const s of scenarios) {
      const m = await measure(s);
      ratios.push(m.ours / m.theirs);
      figures.push(
        { key: `states.${s.name}.transitionsPerSecond`, value: Math.round(m.ours), unit: 'transitions/s', description: `@forkcast/states, ${s.name} (${m.transitions} states per execution, history recorded)` },
        { key: `states.${s.name}.baselineTransitionsPerSecond`, value: Math.round(m.theirs), unit: 'transitions/s', description: `aws-local-stepfunctions 3.0.0, same definition` },
        { key: `states.${s.name}.ratioToAwsLocalStepfunctions`, value: m.ours / m.theirs, unit: '×', description: `ours / aws-local-stepfunctions on ${s.name}` },
      );
    }
    const geo = Math.exp(ratios.reduce((a, r) => a + Math.log(r), 0) / ratios.length);
    figures.push({ key: 'states.geomeanRatioToAwsLocalStepfunctions', value: geo, unit: '×', description: 'geometric mean of the per-definition ratios' });
    return figures;
  },
};

export default bench;
