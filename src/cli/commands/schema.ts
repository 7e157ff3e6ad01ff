import type { Command } from 'commander';
import { interchangeJsonSchema } from '../../domain/communication.js';

export function register(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of the interchange record (generated from the code)')
    .action(() => {
      process.stdout.write(`${JSON.stringify(interchangeJsonSchema(), null, 2)}\n`);
    });
}
