/** Load from wrk (`apt-get install -y wrk`): requests per second and latency percentiles. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface LoadFigures {
  requestsPerSecond: number;
  p50Millis: number;
  p99Millis: number;
  errors: number;
}

function millis(text: string): number {
  const match = /([\d.]+)(us|ms|s)/.exec(text);
  if (!match) return NaN;
  const value = Number(match[1]);
  return match[2] === 'us' ? value / 1000 : match[2] === 's' ? value * 1000 : value;
}

function parse(output: string): LoadFigures {
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? NaN);
  const p50 = millis(/\s50%\s+(\S+)/.exec(output)?.[1] ?? '');
  const p99 = millis(/\s99%\s+(\S+)/.exec(output)?.[1] ?? '');
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(output)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const socketErrors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  return { requestsPerSecond: rps, p50Millis: p50, p99Millis: p99, errors: non2xx + socketErrors };
}

/**
 * wrk against each URL at once, `connections` spread evenly over them (one URL per server), for
 * `seconds`; requests per second summed, percentiles the worst of them.
 */
export async function wrk(urls: string[], connections: number, seconds: number): Promise<LoadFigures> {
  const each = Math.max(1, Math.round(connections / urls.length));
  const outputs = await Promise.all(
    urls.map((url) =>
      run('wrk', ['-t1', `-c${each}`, `-d${seconds}s`, '--latency', '--timeout', '5s', url], {
        maxBuffer: 1 << 20,
      }).then(({ stdout }) => parse(stdout)),
    ),
  );
  return {
    requestsPerSecond: outputs.reduce((sum, figures) => sum + figures.requestsPerSecond, 0),
    p50Millis: Math.max(...outputs.map((figures) => figures.p50Millis)),
    p99Millis: Math.max(...outputs.map((figures) => figures.p99Millis)),
    errors: outputs.reduce((sum, figures) => sum + figures.errors, 0),
  };
}
