import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

type AslValidate = (definition: unknown) => { isValid: boolean; errorsText: (separator?: string) => string };
const aslModule = createRequire(import.meta.url)('asl-validator') as AslValidate | { default: AslValidate };
const aslValidate: AslValidate = typeof aslModule === 'function' ? aslModule : aslModule.default;

const srcDir = fileURLToPath(new URL('../', import.meta.url));

/** Every `*.asl.json` under packages/functions/src, in any context's folder, found afresh on each run. */
const aslFiles = readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
  .map((f) => f.split('\\').join('/'))
  .filter((f) => f.endsWith('.asl.json') && !f.split('/').includes('node_modules'))
  .sort();

/** What CDK's DefinitionSubstitutions would put for each `${Name}`: a function ARN will do for validation. */
const substituted = (text: string) => text.replace(/\$\{([A-Za-z0-9_.:-]+)\}/g, (_m, name: string) => `arn:aws:lambda:us-east-1:111111111111:function:${name}`);

describe('the ASL files of packages/functions', () => {
  it('finds at least the import follow-up workflow', () => {
    expect(aslFiles).toContain('imports/import-follow-up.asl.json');
  });

  for (const file of aslFiles) {
    it(`${file} is valid for asl-validator`, () => {
      const definition = JSON.parse(substituted(readFileSync(`${srcDir}${file}`, 'utf8'))) as unknown;
      const verdict = aslValidate(definition);
      expect(verdict.isValid, verdict.errorsText('\n')).toBe(true);
    });
  }
});
