import type { StateDefinition } from '../types';
import type { Step } from './steps';

const shapingFields = ['InputPath', 'Parameters', 'Arguments', 'ResultSelector', 'ResultPath', 'OutputPath', 'Output', 'Assign', 'ItemsPath', 'ItemSelector', 'Items'] as const;

function pretty(json: string | undefined): string {
  if (json === undefined) return '(none)';
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
}

/**
 * A step's input and output, and the advanced view: the state's shaping fields from the
 * definition next to what each stage held (state input, the effective Parameters or Arguments the
 * task was scheduled with, the task's result, the state output).
 */
export function StepDetail(props: { step: Step; state?: StateDefinition; queryLanguage: string }) {
  const { step, state } = props;
  const fields = shapingFields.filter((f) => state && state[f] !== undefined);
  return (
    <section class="step-detail" aria-labelledby="step-detail-title">
      <h2 id="step-detail-title">Step: {step.name}</h2>
      <div class="io">
        <div>
          <h3>Input</h3>
          <pre tabIndex={0}>{pretty(step.input)}</pre>
        </div>
        <div>
          <h3>Output</h3>
          <pre tabIndex={0}>{step.output === undefined ? (step.status === 'failed' ? '(failed: no output)' : '(not yet)') : pretty(step.output)}</pre>
        </div>
      </div>
      <details class="advanced">
        <summary>Advanced: how the {props.queryLanguage === 'JSONata' ? 'JSONata Arguments and Output' : 'InputPath, Parameters, ResultSelector, ResultPath and OutputPath'} shaped it</summary>
        <ol class="shaping">
          <li>
            <h4>State input</h4>
            <pre tabIndex={0}>{pretty(step.input)}</pre>
          </li>
          {fields.length > 0 ? (
            <li>
              <h4>The state's fields ({props.queryLanguage})</h4>
              <dl>
                {fields.map((f) => (
                  <div key={f}>
                    <dt>{f}</dt>
                    <dd>
                      <pre tabIndex={0}>{typeof state![f] === 'string' ? (state![f] as string) : JSON.stringify(state![f], null, 2)}</pre>
                    </dd>
                  </div>
                ))}
              </dl>
            </li>
          ) : null}
          {step.parameters !== undefined ? (
            <li>
              <h4>Effective {state?.Arguments !== undefined ? 'Arguments' : 'Parameters'} (what the task was called with)</h4>
              <pre tabIndex={0}>{pretty(step.parameters)}</pre>
            </li>
          ) : null}
          {step.result !== undefined ? (
            <li>
              <h4>Task result{state?.ResultSelector !== undefined ? ' (before ResultSelector)' : ''}</h4>
              <pre tabIndex={0}>{pretty(step.result)}</pre>
            </li>
          ) : null}
          <li>
            <h4>State output{state?.Output !== undefined ? ' (after Output)' : state?.ResultPath !== undefined || state?.OutputPath !== undefined ? ' (after ResultPath and OutputPath)' : ''}</h4>
            <pre tabIndex={0}>{pretty(step.output)}</pre>
          </li>
        </ol>
        {step.attempts.some((a) => a.error) ? (
          <>
            <h4>Errors</h4>
            <ul>
              {step.attempts
                .filter((a) => a.error)
                .map((a, i) => (
                  <li key={i}>
                    attempt {step.attempts.indexOf(a) + 1}: {a.outcome} — {a.error}
                    {a.cause ? `: ${a.cause}` : ''}
                  </li>
                ))}
            </ul>
          </>
        ) : null}
      </details>
    </section>
  );
}
