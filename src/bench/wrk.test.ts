import { describe, expect, it } from 'vitest';
import { parseWrkReport, wrkScript } from './wrk.js';

const report = `Running 10s test @ http://127.0.0.1:4100
  1 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    12.50ms    4.00ms   1.20s    80.00%
    Req/Sec     1.20k    90.00     1.40k    70.00%
  Latency Distribution
     50%   11.00ms
     75%   14.00ms
     90%   18.00ms
     99%  850.00us
  12000 requests in 10.00s, 300.00MB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 4
Requests/sec:   1199.50
Transfer/sec:     30.00MB
`;

describe('wrk as the load tool', () => {
  it('reads its report: rate, latencies in their units, errors, and what was transferred per request', () => {
    expect(parseWrkReport(report)).toEqual({
      requests: 12000, perSecond: 1199.5, p50Ms: 11, p99Ms: 0.85, maxMs: 1200, errors: 7, meanBytes: (300 * 1024 * 1024) / 12000, maxBytes: 0,
    });
  });

  it('refuses a report it cannot read, saying what it got', () => {
    expect(() => parseWrkReport('unable to connect to 127.0.0.1:4100 Connection refused\n')).toThrow(/not a wrk report: unable to connect/);
    expect(() => parseWrkReport(report.replace('99%  850.00us', '99%  ?'))).toThrow(/99th percentile/);
  });

  it('requests the paths in turn, and takes only URL-encoded paths into its script', () => {
    const script = wrkScript(['/letters/AL%20XAA%201%2F2024', '/search?q=detention']);
    expect(script).toContain('local paths = {"/letters/AL%20XAA%201%2F2024","/search?q=detention"}');
    expect(script).toContain('i = i % #paths + 1');
    expect(() => wrkScript(['/search?q="x"'])).toThrow(/not a URL-encoded path/);
  });
});
