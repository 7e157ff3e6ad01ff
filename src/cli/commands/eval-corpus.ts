import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('eval-corpus')
    .description('(not yet implemented)')
    .action(() => {
      throw new Error('eval-corpus is not implemented yet');
    });
}
