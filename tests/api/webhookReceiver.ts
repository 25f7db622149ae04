/**
 * A local HTTP receiver standing in for a 企业微信/钉钉/飞书 group robot in tests: it records every
 * request (headers and JSON body) and answers the status its script says, 200 by default.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  headers: IncomingHttpHeaders;
  body: unknown;
}

export interface WebhookReceiver {
  url: string;
  received: ReceivedRequest[];
  /** The statuses to answer, in order; 200 once they run out. */
  answers: number[];
  /** Resolves once at least `count` requests came in. */
  waitFor(count: number, timeoutMillis?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedRequest[] = [];
  const waiting: { count: number; resolve: () => void }[] = [];
  const receiver = {
    answers: [] as number[],
  };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      received.push({ headers: request.headers, body: text === '' ? null : (JSON.parse(text) as unknown) });
      const status = receiver.answers.shift() ?? 200;
      response.writeHead(status, { 'Content-Type': 'application/json' });
      response.end(
        JSON.stringify(status === 200 ? { errcode: 0, errmsg: 'ok' } : { errcode: -1, errmsg: 'busy' }),
      );
      for (const waiter of waiting.filter((w) => received.length >= w.count)) waiter.resolve();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/cgi-bin/webhook/send?key=test`,
    received,
    get answers() {
      return receiver.answers;
    },
    set answers(list: number[]) {
      receiver.answers = list;
    },
    waitFor(count, timeoutMillis = 20_000) {
      if (received.length >= count) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`the receiver got ${received.length} of ${count} requests`)),
          timeoutMillis,
        );
        waiting.push({
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
