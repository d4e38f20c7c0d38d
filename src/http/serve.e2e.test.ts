/** @module End to end in headless Chromium: the real server on a temporary directory, the seeds POSTed, the page updating live. */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../../test/html-fixture-case.js';
import { startServer } from './start-server.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Flags that let Chromium run as root in a closed network without reaching for Google's services. */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const HOSTILE_TITLE = '<img src=x onerror="window.__pwned=1">Aleppo <script>window.__pwned=2</script>';
const HOSTILE_FEED_TITLE = '<img src=x onerror="window.__pwned=3">Local wire';
/** An RSS channel whose title is markup once unescaped; no items, so it adds no story. */
const HOSTILE_FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>&lt;img src=x onerror="window.__pwned=3"&gt;Local wire</title><link>http://example.com/</link></channel></rss>`;
const skip = !existsSync(CHROMIUM) && process.env.CI === undefined ? `skipped: ${CHROMIUM} is missing (apt-get install chromium; CI always runs this test)` : false;

test('the page shows a story appearing live with its summary, a figures conflict and a timeline, a clicked sentence in its source, and hostile titles as text', { skip, timeout: 120_000 }, async () => {
  const { chromium } = await import('playwright-core');
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-serve-'));
  const feedServer = createServer((_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(HOSTILE_FEED));
  await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
  const feedUrl = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}/rss`;
  // The feed lives on loopback, which the safe fetcher refuses unless allowed.
  const server = await startServer({ dataDir: dir, port: 0, hostname: '127.0.0.1', quietMs: 300, allowPrivate: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, userDataDir: undefined } as Parameters<typeof chromium.launch>[0]);
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(server.url);
    await page.waitForSelector('#live[data-state="live"]');
    assert.equal(await page.locator('.story-item').count(), 0);
    assert.equal((await fetch(`${server.url}/api/feeds`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ url: feedUrl }) })).status, 201);
    await page.waitForFunction((title) => document.querySelector('#feed-list .feed a')?.textContent === title, HOSTILE_FEED_TITLE, { timeout: 20_000 });

    const seeds = join(repoRoot(), 'examples', 'aleppo');
    for (const [i, name] of readdirSync(seeds).filter((n) => n.endsWith('.txt')).sort().entries()) {
      const body = { text: readFileSync(join(seeds, name), 'utf8'), ...(i === 0 ? { title: HOSTILE_TITLE } : {}) };
      const response = await fetch(`${server.url}/api/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      assert.equal(response.status, 201);
    }

    // No reload from here on: the page follows /api/events.
    await page.waitForSelector('.story-item', { timeout: 30_000 });
    assert.equal(await page.locator('.story-item').count(), 1);
    await page.waitForSelector('.summary button.sentence', { timeout: 30_000 });
    await page.waitForSelector('.figure[data-status="conflict"] svg.chart circle.mark');
    assert.ok((await page.locator('.timeline li').count()) > 0);

    // Third-party text is shown as text: the hostile title is printed, never run or parsed.
    assert.equal(await page.locator('.story-title').first().textContent(), HOSTILE_TITLE);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.equal(await page.locator('#feed-list .feed a').textContent(), HOSTILE_FEED_TITLE);
    assert.equal(await page.locator('.layout img, .layout script').count(), 0);

    const first = page.locator('.summary button.sentence').first();
    const sentence = (await first.textContent()) ?? '';
    await first.click();
    await page.waitForSelector('#source:not([hidden]) mark#highlight');
    assert.equal(await page.locator('#source mark#highlight').textContent(), sentence);
    if (process.env.NEWSBRIEF_SCREENSHOT !== undefined) {
      await page.screenshot({ path: process.env.NEWSBRIEF_SCREENSHOT, fullPage: true });
      const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
      await phone.goto(server.url);
      await phone.waitForSelector('.summary button.sentence');
      await phone.screenshot({ path: process.env.NEWSBRIEF_SCREENSHOT.replace(/\.png$/, '-phone.png') });
    }
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.close();
    feedServer.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
