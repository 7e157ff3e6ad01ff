import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('extract')
    .description('(not yet implemented)')
    .action(() => {
      throw new Error('extract is not implemented yet');
    });
}
