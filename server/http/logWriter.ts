/**
 * Where the request log goes: lines gathered while the server answers and written to a file
 * descriptor (standard output) in one asynchronous write per turn of the event loop. Writing each
 * line with `process.stdout.write` is synchronous on a pipe, so a slow reader of the log (a busy
 * collector, a full pipe) would stall every answer; here only the write in flight waits. If the
 * reader falls so far behind that `maxPendingBytes` are waiting, later lines are counted, not
 * kept, and the next line written says how many were left out: the log never holds up an answer
 * and never grows without bound.
 */
import { write as writeToDescriptor } from 'node:fs';

export interface LogWriter {
  (line: string): void;
  /** Resolves once every line gathered so far has been written (or given up). */
  flush(): Promise<void>;
}

export interface LogWriterOptions {
  maxPendingBytes?: number;
  /** How a chunk is written; `fs.write` to the descriptor unless given (tests pass their own). */
  writeChunk?: (chunk: string, done: (error: Error | null) => void) => void;
}

/**
 * Writes all of `bytes`, going on after a partial write and waiting a moment when a non-blocking
 * pipe is full (EAGAIN) rather than losing the lines.
 */
function writeAll(descriptor: number, bytes: Buffer, done: (error: Error | null) => void, offset = 0): void {
  writeToDescriptor(descriptor, bytes, offset, bytes.length - offset, null, (error, written) => {
    if (error && (error as NodeJS.ErrnoException).code === 'EAGAIN') {
      setTimeout(() => writeAll(descriptor, bytes, done, offset), 10);
      return;
    }
    if (error) return done(error);
    if (offset + written < bytes.length) return writeAll(descriptor, bytes, done, offset + written);
    done(null);
  });
}

export function createLogWriter(descriptor: number, options: LogWriterOptions = {}): LogWriter {
  const maxPendingBytes = options.maxPendingBytes ?? 4 * 1024 * 1024;
  const writeChunk =
    options.writeChunk ?? ((chunk, done) => writeAll(descriptor, Buffer.from(chunk, 'utf8'), done));
  let pending: string[] = [];
  let pendingBytes = 0;
  let leftOut = 0;
  let writing = false;
  let scheduled = false;
  let idle: Array<() => void> = [];

  const settle = () => {
    if (writing || scheduled || pending.length > 0) return;
    const waiting = idle;
    idle = [];
    for (const resolve of waiting) resolve();
  };

  const writeGathered = () => {
    scheduled = false;
    if (writing || pending.length === 0) return settle();
    const chunk = pending.join('');
    pending = [];
    pendingBytes = 0;
    writing = true;
    writeChunk(chunk, () => {
      // A log that cannot be written is not a reason to stop answering; the lines are given up.
      writing = false;
      if (pending.length > 0) schedule();
      else settle();
    });
  };

  function schedule() {
    if (scheduled) return;
    scheduled = true;
    setImmediate(writeGathered);
  }

  const writer = ((line: string) => {
    if (pendingBytes + line.length > maxPendingBytes) {
      leftOut += 1;
      return;
    }
    if (leftOut > 0) {
      const note = JSON.stringify({
        time: new Date().toISOString(),
        level: 'warn',
        msg: 'log lines left out',
        count: leftOut,
      });
      pending.push(`${note}\n`);
      pendingBytes += note.length + 1;
      leftOut = 0;
    }
    pending.push(`${line}\n`);
    pendingBytes += line.length + 1;
    schedule();
  }) as LogWriter;

  writer.flush = () =>
    new Promise<void>((resolve) => {
      idle.push(resolve);
      if (pending.length > 0) schedule();
      settle();
    });

  return writer;
}
