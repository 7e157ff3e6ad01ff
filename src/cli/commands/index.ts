import type { Command } from 'commander';
import { register as bench } from './bench.js';
import { register as demo } from './demo.js';
import { register as evalCorpus } from './eval-corpus.js';
import { register as exportCmd } from './export.js';
import { register as extract } from './extract.js';
import { register as importCmd } from './import.js';
import { register as person } from './person.js';
import { register as publishDue } from './publish-due.js';
import { register as schema } from './schema.js';
import { register as search } from './search.js';
import { register as serve } from './serve.js';
import { register as show } from './show.js';

export const commands: Array<(program: Command) => void> = [extract, importCmd, show, person, search, demo, publishDue, exportCmd, serve, evalCorpus, bench, schema];
