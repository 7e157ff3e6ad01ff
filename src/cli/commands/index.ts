import type { Command } from 'commander';
import { register as audit } from './audit.js';
import { register as bench } from './bench.js';
import { register as demo } from './demo.js';
import { register as evalCorpus } from './eval-corpus.js';
import { register as exportCmd } from './export.js';
import { register as extract } from './extract.js';
import { register as importCmd } from './import.js';
import { register as keys } from './keys.js';
import { register as person } from './person.js';
import { register as publishDue } from './publish-due.js';
import { register as schema } from './schema.js';
import { register as search } from './search.js';
import { register as serve } from './serve.js';
import { register as show } from './show.js';
import { register as user } from './user.js';

export const commands: Array<(program: Command) => void> = [extract, importCmd, show, person, search, demo, publishDue, exportCmd, serve, user, keys, audit, evalCorpus, bench, schema];
