/**
 * Reading `GET /api/events` in tests as an EventSource would: message by message, each as its
 * fields (`event`, `data`, `id`, `retry`); comment lines (heartbeats) are skipped.
 */
export type StreamMessage = Record<string, string>;

export function eventReader(body: ReadableStream<Uint8Array>): () => Promise<StreamMessage> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  return async function nextMessage(): Promise<StreamMessage> {
    for (;;) {
      const end = buffered.indexOf('\n\n');
      if (end >= 0) {
        const block = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        const fields: StreamMessage = {};
        for (const line of block.split('\n')) {
          if (line.startsWith(':')) continue;
          const colon = line.indexOf(':');
          fields[line.slice(0, colon)] = line.slice(colon + 1).trimStart();
        }
        if (Object.keys(fields).length > 0) return fields;
        continue;
      }
      const { done, value } = await reader.read();
      if (done) throw new Error('the stream ended');
      buffered += decoder.decode(value, { stream: true });
    }
  };
}

/** Opens a stream; `stop` closes it. */
export async function openEventStream(baseUrl: string, headers: Record<string, string> = {}, query = '') {
  const listening = new AbortController();
  const response = await fetch(`${baseUrl}/api/events${query}`, {
    headers: { Accept: 'text/event-stream', ...headers },
    signal: listening.signal,
  });
  if (!response.ok || !response.body) throw new Error(`the stream did not open: ${response.status}`);
  return { response, nextMessage: eventReader(response.body), stop: () => listening.abort() };
}

/** Rejects when `promise` has not settled within `millis`: a generous bound, not a timing assertion. */
export function within<T>(millis: number, promise: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: nothing within ${millis} ms`)), millis);
    }),
  ]).finally(() => clearTimeout(timer));
}
