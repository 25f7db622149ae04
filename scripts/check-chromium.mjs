// The browser suite needs Debian's Chromium; say how to get it instead of skipping quietly.
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(`No Chromium at ${path}: install it with "apt-get update && apt-get install -y chromium" or set CHROMIUM_PATH.`);
  process.exit(1);
}
