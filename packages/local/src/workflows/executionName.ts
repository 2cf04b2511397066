import { StatesError } from '@forkcast/states';

/**
 * StartExecution's rules for names (1-80 characters; no whitespace, brackets, wildcards, control
 * characters or `"#%\^|~`$&,;:/`). They also make every name a safe file name for the journal.
 */
export function checkExecutionName(name: string): void {
  // eslint-disable-next-line no-control-regex
  const forbidden = /[\s<>{}[\]?*"#%\\^|~`$&,;:/\u0000-\u001f\u007f-\u009f]/;
  if (name.length < 1 || name.length > 80 || forbidden.test(name)) {
    throw new StatesError('InvalidName', `Invalid Name: '${name}'`);
  }
}
