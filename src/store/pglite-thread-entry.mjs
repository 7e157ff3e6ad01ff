// The embedded database's thread runs the TypeScript sources through tsx, as bin/rapporteur.js does.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)) });
await import('./pglite-thread-worker.ts');
