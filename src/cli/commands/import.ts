import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('import')
    .description('(not yet implemented)')
    .action(() => {
      throw new Error('import is not implemented yet');
    });
}
