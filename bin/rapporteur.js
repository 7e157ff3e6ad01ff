#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so the CLI works right after `npm install`
// with no build step (Node 20 has no type stripping of its own).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
