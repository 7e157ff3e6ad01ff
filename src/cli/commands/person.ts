import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('person')
    .description('(not yet implemented)')
    .action(() => {
      throw new Error('person is not implemented yet');
    });
}
