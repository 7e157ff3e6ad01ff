// A worker thread runs the TypeScript sources through tsx, as bin/rapporteur.js does.
import { register } from 'tsx/esm/api';

register();
await import('./generate-worker.ts');
