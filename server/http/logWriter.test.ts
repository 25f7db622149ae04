import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { createLogWriter } from './logWriter';

/** A reader of the log that takes each chunk only when the test lets it. */
function heldReader() {
  const chunks: string[] = [];
  const waiting: Array<() => void> = [];
  return {
    chunks,
    writeChunk: (chunk: string, done: (error: Error | null) => void) => {
      chunks.push(chunk);
      waiting.push(() => done(null));
    },
    release() {
      for (const done of waiting.splice(0)) done();
    },
  };
}

describe('the request log writer', () => {
  it('writes the lines of one turn of the event loop together, each on its own line', async () => {
    const reader = heldReader();
    const log = createLogWriter(1, { writeChunk: reader.writeChunk });
    log('{"n":1}');
    log('{"n":2}');
    expect(reader.chunks).toEqual([]);
    const flushed = log.flush();
    await new Promise((resolve) => setImmediate(resolve));
    reader.release();
    await flushed;
    expect(reader.chunks).toEqual(['{"n":1}\n{"n":2}\n']);
  });

  it('keeps gathering while a write is in flight and writes the rest after it', async () => {
    const reader = heldReader();
    const log = createLogWriter(1, { writeChunk: reader.writeChunk });
    log('a');
    await new Promise((resolve) => setImmediate(resolve));
    log('b');
    log('c');
    await new Promise((resolve) => setImmediate(resolve));
    expect(reader.chunks).toEqual(['a\n']);
    const flushed = log.flush();
    reader.release();
    await new Promise((resolve) => setImmediate(resolve));
    reader.release();
    await flushed;
    expect(reader.chunks).toEqual(['a\n', 'b\nc\n']);
  });

  it('leaves lines out when the reader is far behind, and says how many once it catches up', async () => {
    const reader = heldReader();
    const log = createLogWriter(1, { writeChunk: reader.writeChunk, maxPendingBytes: 10 });
    log('first');
    await new Promise((resolve) => setImmediate(resolve));
    log('1234');
    log('5678');
    log('9abc');
    log('defg');
    reader.release();
    await new Promise((resolve) => setImmediate(resolve));
    reader.release();
    log('later');
    const flushed = log.flush();
    await new Promise((resolve) => setImmediate(resolve));
    reader.release();
    await flushed;
    const written = reader.chunks.join('');
    expect(written).toContain('first\n1234\n5678\n');
    expect(written).not.toContain('9abc');
    expect(written).toMatch(/"msg":"log lines left out","count":2\}\nlater\n$/);
  });

  it('goes on answering when the log cannot be written', async () => {
    const log = createLogWriter(1, { writeChunk: (_chunk, done) => done(new Error('EPIPE')) });
    log('lost');
    await log.flush();
    log('next');
    await expect(log.flush()).resolves.toBeUndefined();
  });
});

describe('the request log writer on a real descriptor', () => {
  it('writes every line to the file it is given', async () => {
    const path = `${mkdtempSync(`${tmpdir()}/log-`)}/requests.log`;
    const descriptor = openSync(path, 'w');
    const log = createLogWriter(descriptor);
    for (let n = 0; n < 1000; n += 1) log(`{"n":${n}}`);
    await log.flush();
    closeSync(descriptor);
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(1000);
    expect(lines[999]).toBe('{"n":999}');
  });
});
