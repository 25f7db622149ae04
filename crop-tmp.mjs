import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
const [file, top, height, out] = process.argv.slice(2);
writeFileSync('/tmp/crop.html', `<body style="margin:0"><img src="file://${file}" style="display:block;margin-top:-${top}px"></body>`);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 390, height: Number(height) } });
await page.goto('file:///tmp/crop.html');
await page.screenshot({ path: out });
await browser.close();
