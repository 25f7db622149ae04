/** Open `/api/events` streams held by the benchmark, each noting when it next hears an event. */
import http from 'node:http';

export interface OpenStream {
  /** Resolves with the time (performance.now()) the next event arrives. */
  nextEvent(): Promise<number>;
  close(): void;
}

export function openStream(baseUrl: string): Promise<OpenStream> {
  let waiting: ((at: number) => void) | null = null;
  return new Promise((resolve, reject) => {
    const request = http.get(`${baseUrl}/api/events`, {
      agent: false,
      headers: { Accept: 'text/event-stream' },
    });
    request.once('error', reject);
    request.once('response', (response) => {
      if (response.statusCode !== 200) {
        response.resume();
        reject(new Error(`stream refused: ${response.statusCode}`));
        return;
      }
      response.setEncoding('utf8');
      let buffered = '';
      let ready = false;
      response.on('data', (chunk: string) => {
        buffered += chunk;
        let end = buffered.indexOf('\n\n');
        while (end >= 0) {
          const block = buffered.slice(0, end);
          buffered = buffered.slice(end + 2);
          if (block.includes('event: ready')) {
            ready = true;
            resolve(stream);
          } else if (ready && block.includes('data:')) {
            const at = performance.now();
            waiting?.(at);
            waiting = null;
          }
          end = buffered.indexOf('\n\n');
        }
      });
      response.on('error', () => undefined);
    });
    const stream: OpenStream = {
      nextEvent: () => new Promise((done) => (waiting = done)),
      close: () => request.destroy(),
    };
  });
}

/** Opens `count` streams spread over the servers, a few at a time; the ones refused are counted. */
export async function openStreams(
  urls: string[],
  count: number,
): Promise<{ streams: OpenStream[]; refused: number }> {
  const streams: OpenStream[] = [];
  let refused = 0;
  const batch = 50;
  for (let start = 0; start < count; start += batch) {
    const opened = await Promise.allSettled(
      Array.from({ length: Math.min(batch, count - start) }, (_, i) =>
        openStream(urls[(start + i) % urls.length] ?? ''),
      ),
    );
    for (const result of opened) {
      if (result.status === 'fulfilled') streams.push(result.value);
      else refused += 1;
    }
  }
  return { streams, refused };
}
