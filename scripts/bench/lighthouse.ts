/** Lighthouse 12 (mobile profile, the default) on Debian's Chromium, performance only. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { chromiumArgs, chromiumPath } from '../../tests/browser/chromium';

export interface LighthouseFigures {
  performance: number;
  firstContentfulPaintMs: number;
  largestContentfulPaintMs: number;
  totalBlockingTimeMs: number;
  transferredBytes: number;
}

interface LighthouseReport {
  categories: { performance: { score: number } };
  audits: Record<string, { numericValue?: number }>;
}

/** Lighthouse now and then fails to record a trace (NO_NAVSTART); such a run is tried again. */
const attempts = 3;

/** Runs asynchronously: the server under test may live in this same process and must keep answering. */
export async function runLighthouse(url: string): Promise<LighthouseFigures> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await runLighthouseOnce(url);
    } catch (error) {
      if (attempt >= attempts) throw error;
      console.log(`  (lighthouse failed on ${url}, attempt ${attempt} of ${attempts}; trying again)`);
    }
  }
}

async function runLighthouseOnce(url: string): Promise<LighthouseFigures> {
  const { stdout: output } = await promisify(execFile)(
    'npx',
    [
      'lighthouse',
      url,
      '--only-categories=performance',
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--chrome-flags=--headless=new ${chromiumArgs.join(' ')}`,
    ],
    { env: { ...process.env, CHROME_PATH: chromiumPath }, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
  );
  const report = JSON.parse(output) as LighthouseReport;
  const audit = (name: string) => Math.round(report.audits[name]?.numericValue ?? Number.NaN);
  return {
    performance: Math.round(report.categories.performance.score * 100),
    firstContentfulPaintMs: audit('first-contentful-paint'),
    largestContentfulPaintMs: audit('largest-contentful-paint'),
    totalBlockingTimeMs: audit('total-blocking-time'),
    transferredBytes: audit('total-byte-weight'),
  };
}
