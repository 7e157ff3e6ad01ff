import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('show')
    .description('(not yet implemented)')
    .action(() => {
      throw new Error('show is not implemented yet');
    });
}
