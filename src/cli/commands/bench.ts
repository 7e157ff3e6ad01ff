import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('bench')
    .description('(not yet implemented)')
    .action(() => {
      throw new Error('bench is not implemented yet');
    });
}
