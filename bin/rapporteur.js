#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so the CLI works right after `npm install`
// with no build step (Node 20 has no type stripping of its own).
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// The project's own tsconfig (JSX for Preact, among others), wherever the command is run from:
// tsx would otherwise look for one from the working directory and compile the pages for React.
register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
await import('../src/cli/main.ts');
