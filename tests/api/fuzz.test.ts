/**
 * A fuzz of the API as an attacker would run it: 10,000 malformed requests per store, spread over
 * every route of the app (walked from the Hono app), anonymous and as an admin with a valid CSRF
 * token. None may answer 5xx or show a stack trace, and every stored table is byte for byte as
 * before (read straight from the database). The requests are generated from a fixed seed, so a
 * failure can be replayed; they are answered in process (app.request), on loopback data only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persistentStoreNames, startInProcessApp, type InProcessApp } from './inProcessApp';
import { tableChecksums } from './tableChecksums';

const requestsPerStore = 10_000;

/** mulberry32: a small seeded generator. */
function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { next, pick };
}

const parameterValues = [
  'gdp-growth',
  'weihai-hitech-2024',
  'kp-001',
  '2024-13',
  '2024-00',
  '%00',
  'a%00b',
  '%ZZ',
  '%ED%A0%80',
  'x'.repeat(300),
  '..%2F..%2Fetc',
  '%E4%B8%AD%E6%96%87',
  '-1',
  '1e309',
  'null',
  '%F0%9F%98%80',
  "'%20or%201=1--",
];

const queries = [
  '',
  '?asOf=2024-99',
  '?asOf=%00',
  '?asOf=2024-03&asOf=2024-04',
  '?limit=-1',
  '?limit=1e400',
  '?offset=abc',
  '?format=csv&format=json',
  '?mode=commit',
  '?mode=%00',
  '?version=abc',
  '?sort=%ZZ',
  '?period=2024-1',
  '?unknown=1',
  '?entityType=user&actor=%ED%A0%80',
];

const hugeNumbers = [1.79e308, -1.79e308, 1e21, -0, 2 ** 53 + 1, 0.1 + 0.2];
const strangeTexts = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff x',
  '<script>alert(1)</script>',
  '=1+1',
  '-2+3+cmd|x',
  ' '.repeat(10),
  '😀'.repeat(50),
];

function strangeValue(random: ReturnType<typeof generator>, depth = 0): unknown {
  switch (Math.floor(random.next() * 8)) {
    case 0:
      return random.pick(hugeNumbers);
    case 1:
      return random.pick(strangeTexts);
    case 2:
      return null;
    case 3:
      return random.next() < 0.5;
    case 4:
      return depth > 2 ? [] : [strangeValue(random, depth + 1), strangeValue(random, depth + 1)];
    case 5:
      return depth > 2 ? {} : strangeObject(random, depth + 1);
    case 6:
      return 'x'.repeat(Math.floor(random.next() * 3000));
    default:
      return Math.floor(random.next() * 1e6) - 5e5;
  }
}

const fieldNames = [
  'value',
  'note',
  'expectedVersion',
  'username',
  'password',
  'name',
  'id',
  'amount',
  'period',
  'changes',
  'slides',
  'version',
  'role',
  'plannedTotalInvestment',
  'values',
  'investment',
  '__proto__',
  'constructor',
];

function strangeObject(random: ReturnType<typeof generator>, depth = 0): Record<string, unknown> {
  // Always one field that no schema takes, so the body is never valid.
  const body: Record<string, unknown> = { 'fuzz\u0000field': true };
  const count = Math.floor(random.next() * 5);
  for (let i = 0; i < count; i += 1) body[random.pick(fieldNames)] = strangeValue(random, depth);
  return body;
}

function strangeBody(random: ReturnType<typeof generator>): { body: string; type: string | null } {
  const types = [
    'application/json',
    'application/json',
    'text/plain',
    'multipart/form-data; boundary=x',
    'application/x-www-form-urlencoded',
    null,
  ];
  const type = random.pick(types);
  switch (Math.floor(random.next() * 7)) {
    case 0:
      return { body: '{', type };
    case 1:
      return { body: random.pick(['[]', 'null', '"text"', '12', 'true', '{"a":1}{"b":2}']), type };
    case 2:
      return { body: `${'['.repeat(5000)}${']'.repeat(5000)}`, type };
    case 3:
      return {
        body: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\n\r\nPK\u0003\u0004garbage\r\n--x--',
        type: 'multipart/form-data; boundary=x',
      };
    case 4:
      return { body: JSON.stringify(strangeValue(random)), type };
    default:
      return { body: JSON.stringify(strangeObject(random)), type };
  }
}

const stackTrace = /\n\s+at \S|\.ts:\d+:\d+|node_modules|Error: /;

describe.each(persistentStoreNames())('%s under 10,000 malformed requests', (kind) => {
  let running: InProcessApp;
  let admin: Record<string, string>;
  beforeAll(async () => {
    running = await startInProcessApp(kind);
    admin = await running.signInAdmin();
  }, 60_000);
  afterAll(() => running.dispose());

  it(
    'answers every one without 5xx or a stack trace, and changes no stored table',
    { timeout: 600_000 },
    async () => {
      const distinct = new Map(
        running.app.routes
          .filter(
            (route) =>
              route.method !== 'ALL' &&
              route.path.startsWith('/api/') &&
              !(route.method === 'DELETE' && route.path === '/api/session') &&
              route.path !== '/api/events',
          )
          .map((route) => [`${route.method} ${route.path}`, { method: route.method, path: route.path }]),
      );
      const routes = [...distinct.values()];
      const before = await tableChecksums(running.under.location);
      const random = generator(20240506);
      const failures: string[] = [];
      const covered = new Set<string>();

      for (let n = 0; n < requestsPerStore; n += 1) {
        const route = random.pick(routes);
        covered.add(`${route.method} ${route.path}`);
        const path =
          route.path.replace(/:[A-Za-z]+/g, () => random.pick(parameterValues)) + random.pick(queries);
        const headers: Record<string, string> = {
          ...(random.next() < 0.6 ? admin : {}),
          'Accept-Language': random.pick(['zh-CN', 'en-US', 'xx;q=garbage', '']),
        };
        let body: string | undefined;
        if (route.method !== 'GET') {
          const made = strangeBody(random);
          body = made.body;
          if (made.type) headers['Content-Type'] = made.type;
        }
        const response = await running.app.request(path, { method: route.method, headers, body });
        const text = await response.text();
        if (response.status >= 500 || stackTrace.test(text))
          failures.push(`${route.method} ${path} → ${response.status} ${text.slice(0, 200)}`);
      }

      expect(failures).toEqual([]);
      expect(covered.size).toBe(routes.length);
      expect(await tableChecksums(running.under.location)).toEqual(before);
    },
  );
});
