import { describe, expect, it } from 'vitest';
import { parseCpuTimes, parseProcessor, stolenPercent } from './machine.js';
import { formatTable } from './run-benchmarks.js';

const stat = (steal: number, idle: number) =>
  `cpu  1000 10 200 ${idle} 40 0 5 ${steal} 300 0\ncpu0 500 5 100 ${idle / 2} 20 0 2 ${steal / 2} 150 0\nintr 12345\n`;

describe('the machine under the benchmarks', () => {
  it('reads the summed processor line, leaving guest time out of the total', () => {
    expect(parseCpuTimes(stat(45, 3000))).toEqual({ steal: 45, total: 1000 + 10 + 200 + 3000 + 40 + 0 + 5 + 45 });
  });

  it('says nothing rather than guess from text that is not /proc/stat', () => {
    expect(parseCpuTimes('')).toBeNull();
    expect(parseCpuTimes('cpu0 1 2 3 4\n')).toBeNull();
    expect(parseCpuTimes('cpu  1 2 x 4 5 6 7 8\n')).toBeNull();
  });

  it('names the processor with its vendor, family and model numbers, read from the first one listed', () => {
    const block = (n: number, family: number) =>
      `processor\t: ${n}\nvendor_id\t: AuthenticAMD\ncpu family\t: ${family}\nmodel\t\t: 2\nmodel name\t: AMD EPYC\nstepping\t: 1\n`;
    expect(parseProcessor(`${block(0, 26)}\n${block(1, 25)}`)).toBe('AMD EPYC (AuthenticAMD family 26 model 2)');
    expect(parseProcessor('model name\t: Some Processor @ 2.0GHz\n')).toBe('Some Processor @ 2.0GHz');
    expect(parseProcessor('processor\t: 0\n')).toBeNull();
  });

  it('tells the share of the time between two readings that was stolen', () => {
    const before = parseCpuTimes(stat(100, 3000));
    const after = parseCpuTimes(stat(350, 3750)); // 1,000 ticks later, 250 stolen
    expect(stolenPercent(before, after)).toBe(25);
    expect(stolenPercent(before, before)).toBeNull();
    expect(stolenPercent(null, after)).toBeNull();
  });

  it('shows each benchmark\'s stolen share and the reference work after it in the table', () => {
    const table = formatTable([{ name: 'extraction', status: 'ok', rate: 205, stealPercent: 12.5, referenceAfterMs: 123, note: 'one core' }]);
    const [head, row] = table.split('\n');
    expect(head).toContain('steal %');
    expect(row!.slice(head!.indexOf('steal %')).split(/\s{2,}/)).toEqual(['12.5', '123 ms', 'one core']);
  });
});
