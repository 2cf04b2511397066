#!/usr/bin/env node
// The CLI is TypeScript source: register tsx's loader, then run it.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli/main.ts');
await runCli();
