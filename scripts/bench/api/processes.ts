/** The servers a benchmark runs: the real one as a child process (`tsx server/main.ts`), and a bare node:http one. */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ServerProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Starts `npm run serve`'s server with `env`, and resolves once it prints its address. Its output
 * (one log line per request) goes to a file, as a deployment's would, so the load generator's
 * process does not spend the machine's time reading it.
 */
export function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const logPath = path.join(mkdtempSync(path.join(os.tmpdir(), 'bench-log-')), 'server.log');
  const log = openSync(logPath, 'w');
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  const output = () => readFileSync(logPath, 'utf8');
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      const text = output();
      const address = /running at (http:\/\/[^\s]+)/.exec(text)?.[1];
      const live = /live updates: (.+)\n/.exec(text)?.[1];
      if (address && live) {
        clearInterval(poll);
        child.removeAllListeners('exit');
        console.log(`  server ${address} (pid ${child.pid ?? '?'}), live updates: ${live}`);
        resolve({
          url: address,
          pid: child.pid ?? 0,
          stop: () =>
            new Promise((done) => {
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      } else if (Date.now() - started > 60_000) {
        clearInterval(poll);
        child.kill('SIGKILL');
        reject(new Error(`the server did not start within 60 s: ${text}`));
      }
    }, 100);
    child.once('exit', (code) => {
      clearInterval(poll);
      reject(new Error(`the server exited (${code}): ${output()}`));
    });
  });
}

/** Resident memory of a process in bytes (Linux /proc). */
export function residentBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  return Number(kb ?? 0) * 1024;
}

/** A bare node:http server that answers every request with the same bytes and headers. */
export async function startBareServer(
  port: number,
  body: Buffer,
  contentType: string,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': contentType, 'Content-Length': body.length });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
