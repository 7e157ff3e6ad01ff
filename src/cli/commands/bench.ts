import type { Command } from 'commander';
import { RapError } from '../../domain/errors.js';
import { BENCHMARKS, formatTable, runBenchmarks } from '../../bench/run-benchmarks.js';

export function register(program: Command): void {
  program
    .command('bench')
    .description(`Run the benchmarks (${BENCHMARKS.map((b) => b.name).join(', ')}), print a table and write bench-results/latest.json`)
    .option('--only <name>', 'run one benchmark only')
    .option('--scale <factor>', 'scale the default sizes (0.1 for a quick run)', (v) => {
      const n = Number(v);
      if (!(n > 0 && n <= 10)) throw new RapError('RAP_ERR_USAGE', `--scale must be a number above 0 and at most 10, not "${v}"`);
      return n;
    }, 1)
    .option('--out <dir>', 'where to write latest.json', 'bench-results')
    .action(async (opts: { only?: string; scale: number; out: string }) => {
      if (opts.only && !BENCHMARKS.some((b) => b.name === opts.only)) {
        throw new RapError('RAP_ERR_USAGE', `no benchmark named "${opts.only}" (there are: ${BENCHMARKS.map((b) => b.name).join(', ')})`);
      }
      const { results, machine } = await runBenchmarks({ only: opts.only, scale: opts.scale, outDir: opts.out });
      const stolen = machine.stealPercent === null ? '' : `; ${machine.stealPercent}% of processor time stolen by the hypervisor`;
      process.stdout.write(
        `${formatTable(results)}\n\nMachine: ${machine.processor ?? 'processor unknown'}, reference work ${machine.referenceMs} ms (lower is faster)${stolen}\nWritten to ${opts.out}/latest.json\n`,
      );
    });
}
