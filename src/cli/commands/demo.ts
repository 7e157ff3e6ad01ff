import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('demo')
    .description('(not yet implemented)')
    .action(() => {
      throw new Error('demo is not implemented yet');
    });
}
