import { readdirSync, readFileSync } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { StatesEngine, substituteDefinition, type StateMachineDefinition } from '@forkcast/states';
import { loadHandlerModule } from '../testing/testApi';
import { workflows } from './workflowTable';

type AslValidate = (definition: unknown) => { isValid: boolean; errorsText: (separator?: string) => string };
const aslModule = createRequire(import.meta.url)('asl-validator') as AslValidate | { default: AslValidate };
const aslValidate: AslValidate = typeof aslModule === 'function' ? aslModule : aslModule.default;

const srcUrl = new URL('../', import.meta.url);
const srcDir = fileURLToPath(srcUrl);
const readDefinition = (file: string) => JSON.parse(readFileSync(new URL(file, srcUrl), 'utf8')) as StateMachineDefinition;
const placeholders = (text: string) => new Set([...text.matchAll(/\$\{([A-Za-z0-9_.:-]+)\}/g)].map((m) => m[1]!));

describe('the workflow table', () => {
  it('lists every ASL file of the contexts once, each named after its workflow and kept in its context folder', () => {
    const files = (readdirSync(srcDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.asl.json')).map((f) => f.split(sep).join('/'));
    expect(workflows.map((w) => w.file).sort()).toEqual(files.sort());
    for (const w of workflows) expect(w.file).toMatch(new RegExp(`^[a-z]+/${w.name}\\.asl\\.json$`));
    expect(new Set(workflows.map((w) => w.name)).size).toBe(workflows.length);
  });

  for (const workflow of workflows) {
    describe(workflow.name, () => {
      const text = readFileSync(new URL(workflow.file, srcUrl), 'utf8');

      it('binds exactly the substitutions its definition uses', () => {
        expect([...placeholders(text)].sort()).toEqual(Object.keys(workflow.substitutions).sort());
      });

      it('binds each substitution to a handler module exporting handler and build', async () => {
        for (const [name, module] of Object.entries(workflow.substitutions)) {
          const loaded = await loadHandlerModule<unknown>(module);
          expect(typeof loaded.handler, `${name} → ${module}`).toBe('function');
          expect(typeof loaded.build, `${name} → ${module}`).toBe('function');
        }
      });

      it('is valid for asl-validator and for @forkcast/states once substituted as CDK would', () => {
        const arns = Object.fromEntries(Object.keys(workflow.substitutions).map((name) => [name, `arn:aws:lambda:us-east-1:111111111111:function:${name}`]));
        const definition = substituteDefinition(readDefinition(workflow.file), arns);
        expect(placeholders(JSON.stringify(definition)).size).toBe(0);
        // asl-validator writes defaults into what it checks: give it a copy.
        const verdict = aslValidate(structuredClone(definition));
        expect(verdict.isValid, verdict.errorsText('\n')).toBe(true);
        // CreateStateMachine's checks: throws InvalidDefinition with every error.
        expect(() => new StatesEngine().createStateMachine(workflow.name, definition)).not.toThrow();
      });

      it('names its states in plain words', () => {
        for (const state of Object.keys(readDefinition(workflow.file).States)) expect(state).toMatch(/^[A-Z][a-z-]*( [a-z-?]+)*\??$/);
      });
    });
  }
});
