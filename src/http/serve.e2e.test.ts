/** @module End to end in headless Chromium: `newsbrief serve` as a process on a temporary directory, the seeds POSTed, the page updating live, read at desktop and phone widths side by side, then the server stopped with both pages open. */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { repoRoot } from '../../test/html-fixture-case.js';
import { startServe as startServeProcess } from '../../test/serve-process.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Flags that let Chromium run as root in a closed network without reaching for Google's services. */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const HOSTILE_TITLE = '<img src=x onerror="window.__pwned=1">Aleppo <script>window.__pwned=2</script>';
const HOSTILE_FEED_TITLE = '<img src=x onerror="window.__pwned=3">Local wire';
/** An RSS channel whose title is markup once unescaped; no items, so it adds no story. */
const HOSTILE_FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>&lt;img src=x onerror="window.__pwned=3"&gt;Local wire</title><link>http://example.com/</link></channel></rss>`;
/** Credits and a caption only: enough words to be stored, no sentence of article text to summarise. */
const CAPTIONS_ONLY = 'PHOTO: JOHN SMITH / GETTY IMAGES / FILE PICTURE / ALL RIGHTS RESERVED';
const API_KEY = 'e2e-key';
const AUTH = { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}` };
/** Desktop and phone viewports the issue was reported at. */
const DESKTOP = { width: 1400, height: 900 };
const PHONE = { width: 390, height: 844 };
/** The page writes dates in the reader's locale and zone; the test reads them as a British reader in UTC would. */
const READER = { locale: 'en-GB', timezoneId: 'UTC' } as const;
const AXE_SOURCE = join(repoRoot(), 'node_modules', 'axe-core', 'axe.min.js');
const skip = !existsSync(CHROMIUM) && process.env.CI === undefined ? `skipped: ${CHROMIUM} is missing (apt-get install chromium; CI always runs this test)` : false;

/** A seed as an article page from an outlet that says its name and date in its metadata, plus a paragraph of its own (so it is not a copy). */
function articlePage(seed: string): string {
  const paragraphs = seed.split(/\n+/).slice(5).map((p) => `<p>${p.replace(/[<&]/g, ' ')}</p>`).join('\n');
  return `<!doctype html><html><head><title>Rebels leave the last districts of east Aleppo</title>
<meta property="og:site_name" content="Example Wire"><meta property="article:published_time" content="2016-12-14T09:00:00Z"></head>
<body><article><h1>Rebels leave the last districts of east Aleppo</h1>
<p>Example Wire's correspondent on the edge of the old city said on Wednesday that buses had not yet left and that shelling had stopped overnight.</p>
${paragraphs}</article></body></html>`;
}

/** `newsbrief serve` as a user starts it, with a key, a short quiet time and the test's own site allowed by name (so a literal loopback address is still refused). */
const startServe = (dataDir: string) => startServeProcess(dataDir, ['--quiet-ms', '300', '--allow-host', 'localhost'], { ...process.env, NEWSBRIEF_API_KEY: API_KEY });

/** Serious and critical accessibility violations axe-core finds in the page as it is (axe is evaluated through the driver, which the page's CSP does not govern). */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE_SOURCE, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.targets.join(' ')}`);
}

const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;
const text = async (page: Page, selector: string) => (await page.locator(selector).first().textContent()) ?? '';
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

test('the page an editor keeps open, at 1400x900 and 390x844: reports by outlet and date, key figures first, sources beside the summary, adding links and feeds, what changed, a phone, empty input, stopping, accessible, hostile text as text', { skip, timeout: 240_000 }, async () => {
  const { chromium } = await import('playwright-core');
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-serve-'));
  const shots = join(dir, 'screenshots');
  const seeds = join(repoRoot(), 'examples', 'aleppo');
  const seedNames = readdirSync(seeds).filter((n) => n.endsWith('.txt')).sort();
  const article = articlePage(readFileSync(join(seeds, seedNames[3]!), 'utf8'));
  const site = createServer((req, res) => {
    if (req.url === '/rss') return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(HOSTILE_FEED);
    if (req.url === '/article') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(article);
    if (req.url === '/not-a-page') return void res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => site.listen(0, 'localhost', resolve));
  const port = (site.address() as AddressInfo).port;
  // Allowed by name (--allow-host localhost); the same site by its literal loopback address is refused.
  const siteUrl = `http://localhost:${port}`;
  const privateUrl = `http://127.0.0.1:${port}`;
  const server = await startServe(join(dir, 'data'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS } as Parameters<typeof chromium.launch>[0]);
  const errors: string[] = [];
  let isStopping = false;
  const watch = (page: Page, name: string): Page => {
    page.on('pageerror', (e) => errors.push(`${name}: ${e.message}`));
    page.on('console', (m) => {
      // The refused writes of the test itself are logged by Chromium as failed resources; after the stop, so is every reconnection.
      if (m.type() === 'error' && !isStopping && !/status of (401|422)/.test(m.text())) errors.push(`${name}: ${m.text()}`);
    });
    return page;
  };
  const post = (path: string, body: unknown) => fetch(`${server.url}${path}`, { method: 'POST', headers: AUTH, body: JSON.stringify(body) });
  try {
    // Both pages are open before anything is stored, and are never reloaded: they follow /api/events.
    const desk = watch(await browser.newPage({ viewport: DESKTOP, ...READER }), 'desktop');
    const phone = watch(await browser.newPage({ viewport: PHONE, ...READER }), 'phone');
    for (const page of [desk, phone]) {
      await page.goto(server.url);
      await page.waitForSelector('#live[data-state="live"]');
      assert.equal(await page.locator('.story-item').count(), 0);
    }
    // A phone with no story shows the list, which says how to start.
    await phone.waitForSelector('#stories-empty', { state: 'visible' });
    assert.equal((await post('/api/feeds', { url: `${siteUrl}/rss` })).status, 201);
    await desk.waitForFunction((title) => document.querySelector('#feed-list .feed a')?.textContent === title, HOSTILE_FEED_TITLE, { timeout: 20_000 });

    for (const [i, name] of seedNames.entries()) {
      const response = await post('/api/reports', { text: readFileSync(join(seeds, name), 'utf8'), ...(i === seedNames.length - 1 ? { title: HOSTILE_TITLE } : {}) });
      assert.equal(response.status, 201);
    }
    for (const page of [desk, phone]) {
      await page.waitForFunction(() => /^5 reports/.test(document.querySelector('.story-head .coverage')?.textContent ?? ''), undefined, { timeout: 30_000 });
      await page.waitForSelector('.summary button.sentence');
    }
    assert.equal(await desk.locator('.story-item').count(), 1);
    const storyId = decodeURIComponent((await desk.evaluate(() => location.hash)).replace('#/story/', ''));

    // Third-party text is shown as text: the hostile title is printed, never run or parsed.
    assert.equal(await text(desk, '.story-title'), HOSTILE_TITLE);
    assert.equal(await text(desk, '#feed-list .feed a'), HOSTILE_FEED_TITLE);
    for (const page of [desk, phone]) {
      assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
      assert.equal(await page.locator('.layout img, .layout script').count(), 0);
    }

    // 1. Reports as readers know them: the outlet from the dateline, the dateline's date (its year inferred), the arrival time only as a marked fallback; who said it is never a report id.
    for (const page of [desk, phone]) {
      assert.match(await text(page, '.story-head .coverage'), /^5 reports from 1 outlet \(IANS; 4 unnamed\) · 6 Dec 2016 – 13 Dec 2016 · 3 undated$/, "report 003 is dated by its photo caption");
      assert.doesNotMatch(await text(page, '.story-head'), /\b1 reports\b|\b1 sources\b/);
      assert.match((await page.locator('.reports li', { hasText: 'IANS' }).textContent()) ?? '', /13 Dec 2016 \(dateline, year inferred\)/);
      assert.match(await page.locator('.reports li').allTextContents().then((items) => items.join('\n')), /6 Dec 2016 \(caption\)/);
      assert.equal(await page.locator('.reports li .date.arrival').count(), 3);
      assert.match(await text(page, '.reports li .date.arrival'), /^received /);
      const speakers = await page.locator('.figures .speaker').allTextContents();
      assert.ok(speakers.some((s) => s.startsWith('IANS (own report)')));
      for (const s of speakers) assert.doesNotMatch(s, /report \S*_[0-9a-f]{8,}|\(report\)|^report r\d/, s);
    }

    // 2. Key figures first: the brief's own (the Observatory's toll, updated from 225 to 413), then the summary, both on the first screen; groups as cards, single claims as a list, a chart only with dates to place.
    for (const page of [desk, phone]) {
      const lead = page.locator('.key-figures .key-figure').first();
      assert.equal(await lead.getAttribute('data-status'), 'update');
      assert.equal(await lead.locator('.amount').textContent(), 'at least 413');
      assert.equal(await lead.locator('.measure').textContent(), 'people killed');
      assert.match((await lead.locator('.others').textContent()) ?? '', /^also at least 225/);
      assert.ok((await box(page, '.key-figures')).y + (await box(page, '.key-figures')).height <= (await box(page, '#summary')).y, 'the key figures come before the summary');
      for (const card of await page.locator('.figures article.figure').all()) assert.ok((await card.locator('tbody tr').count()) >= 2);
      assert.ok((await page.locator('.figures .singles li').count()) > 0);
      for (const card of await page.locator('.figures article.figure:has(svg.chart)').all()) {
        const days = new Set(await card.locator('td.date time').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('datetime')?.slice(0, 10))));
        assert.ok(days.size >= 2, 'a chart is drawn only for claims with at least two dates');
      }
      assert.ok(await fitsWidth(page), 'nothing wider than the window');
    }
    const summaryBox = await box(desk, '#summary');
    assert.ok(summaryBox.y + summaryBox.height <= DESKTOP.height, `the summary ends within the first 900 px (at ${summaryBox.y + summaryBox.height})`);
    const tiles = await desk.locator('.key-figures .key-figure').evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().y));
    assert.ok(tiles.length > 1 && new Set(tiles).size === 1, 'the key figures are one row at desktop width');
    const phoneTiles = await phone.locator('.key-figures .key-figure').evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().y));
    assert.equal(phoneTiles[0], phoneTiles[1], 'two to a row on a phone');
    assert.ok((await box(phone, '#summary')).y < PHONE.height, 'the summary starts on the phone\'s first screen');
    await desk.screenshot({ path: join(shots, 'desktop-story.png') });
    await desk.screenshot({ path: join(shots, 'desktop-story-full.png'), fullPage: true });
    await phone.screenshot({ path: join(shots, 'phone-story.png') });
    const height = await desk.evaluate(() => document.documentElement.scrollHeight);
    assert.ok(height < 5_000, `the story page is ${height} px tall (6,872 before issue 22; 4,400-4,700 with long lists cut, as the brief's facts change)`);
    // Long lists show their first items and a button for the rest, which stays pressed through live updates (checked after the next one).
    const singles = desk.locator('.figures .singles li');
    const allSingles = await singles.count();
    assert.ok(allSingles > 10 && (await desk.locator('.figures .singles li[hidden]').count()) === allSingles - 8, `${allSingles} single claims, 8 shown`);
    await desk.locator('.figures .singles button.show-more').click();
    assert.equal(await desk.locator('.figures .singles li[hidden]').count(), 0);
    assert.equal(await desk.locator('.figures .singles button.show-more').count(), 0);
    assert.ok(await desk.evaluate(() => document.activeElement?.closest('.singles li') !== null), 'focus moves to the first claim revealed');
    await desk.evaluate(() => window.scrollTo(0, 0));

    // 9. Accessible: the list and the story at both widths.
    assert.deepEqual(await axeViolations(desk), [], 'axe on the desktop list and story');
    assert.deepEqual(await axeViolations(phone), [], 'axe on the phone story');

    // 3. Reading with sources: the clicked sentence stays marked and in place while the mouse moves on; Escape closes and gives focus back; Tab, Enter and Space work.
    const first = desk.locator('.summary button.sentence').first();
    const sentence = (await first.textContent()) ?? '';
    const before = (await first.boundingBox())!;
    await first.click();
    await desk.waitForSelector('#source:not([hidden]) mark#highlight');
    assert.equal(await text(desk, '#source mark#highlight'), sentence);
    assert.deepEqual((await first.boundingBox())!, before, 'opening the panel does not move what was clicked');
    assert.equal(await first.getAttribute('aria-expanded'), 'true');
    await desk.locator('.summary button.sentence').nth(1).hover();
    assert.equal(await desk.locator('#story .selected').count(), 1);
    assert.equal(await text(desk, '#story .selected'), sentence);
    await desk.screenshot({ path: join(shots, 'desktop-source.png') });
    assert.deepEqual(await axeViolations(desk), [], 'axe with the source panel open');
    await desk.keyboard.press('Escape');
    await desk.waitForSelector('#source[hidden]', { state: 'attached' });
    assert.equal(await desk.locator('#story .selected').count(), 0);
    assert.equal(await desk.evaluate(() => document.activeElement?.getAttribute('data-sentence')), '0', 'focus goes back to the sentence');
    await desk.keyboard.press('Tab');
    assert.equal(await desk.evaluate(() => document.activeElement?.getAttribute('data-sentence')), '1', 'sentences are reached with Tab');
    const second = (await desk.locator('.summary button.sentence').nth(1).textContent()) ?? '';
    await desk.keyboard.press('Enter');
    await desk.waitForFunction((t) => document.querySelector('#source:not([hidden]) mark#highlight')?.textContent === t, second);
    await desk.keyboard.press('Escape');
    await desk.locator('.summary button.sentence').nth(2).focus();
    await desk.keyboard.press(' ');
    await desk.waitForSelector('#source:not([hidden]) mark#highlight');
    await desk.keyboard.press('Escape');
    // A key figure opens the claim it was read from; a figure's row stays the one marked even when a summary sentence points at the same sentence.
    await desk.locator('.key-figures .key-figure button.tile').first().click();
    await desk.waitForFunction(() => /413/.test(document.querySelector('#source:not([hidden]) mark#highlight')?.textContent ?? ''));
    assert.equal(await desk.locator('.key-figures .key-figure').first().locator('.selected').count(), 1);
    await desk.keyboard.press('Escape');
    const summaryRefs = await desk.locator('.summary button.sentence').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-ref')));
    const rows = desk.locator('.figures td.num button');
    const rowRefs = await rows.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-ref')));
    const row = rows.nth(Math.max(0, rowRefs.findIndex((r) => summaryRefs.includes(r))));
    await row.scrollIntoViewIfNeeded();
    await row.click();
    await desk.waitForSelector('#source:not([hidden]) mark#highlight');
    assert.equal(await desk.locator('#story .selected').count(), 1);
    assert.ok(await row.evaluate((n) => n.classList.contains('selected')), 'the clicked row is the one marked');
    await desk.keyboard.press('Escape');
    await desk.evaluate(() => window.scrollTo(0, 0));
    // The phone: the source is a sheet that does not cover the clicked sentence, which stays marked.
    const last = phone.locator('.summary button.sentence').last();
    await last.scrollIntoViewIfNeeded();
    await last.click();
    await phone.waitForSelector('#source:not([hidden]) mark#highlight');
    await phone.waitForTimeout(200);
    const clicked = (await last.boundingBox())!;
    assert.ok(clicked.y + clicked.height <= (await box(phone, '#source')).y, 'the sheet does not cover the clicked sentence');
    assert.equal(await phone.locator('#story .selected').count(), 1);
    assert.ok(await last.evaluate((n) => n.classList.contains('selected')));
    await phone.screenshot({ path: join(shots, 'phone-source.png') });
    assert.deepEqual(await axeViolations(phone), [], 'axe with the phone\'s source sheet open');
    await phone.keyboard.press('Escape');
    await phone.waitForSelector('#source[hidden]', { state: 'attached' });

    // 4. Adding from the page: the key field (this server has a key) and the API's own refusals: a wrong key, a private address (link and feed), not a page, not a feed; then a link that is one.
    const addStatus = desk.locator('#add-url-status');
    await desk.fill('#api-key', 'wrong');
    await desk.fill('#add-url', `${siteUrl}/article`);
    await desk.click('.add-form:has(#add-url) button[type="submit"]');
    await desk.waitForFunction(() => document.querySelector('#add-url-status')?.getAttribute('data-kind') === 'error');
    assert.match((await addStatus.textContent()) ?? '', /^Wrong API key\. Enter the server's API key above\.$/);
    await desk.fill('#api-key', API_KEY);
    await desk.dispatchEvent('#api-key', 'change');
    await desk.fill('#add-url', `${privateUrl}/article`);
    await desk.click('.add-form:has(#add-url) button[type="submit"]');
    await desk.waitForFunction(() => /^Cannot fetch /.test(document.querySelector('#add-url-status')?.textContent ?? ''));
    assert.match((await addStatus.textContent()) ?? '', /127\.0\.0\.1 is a loopback address, not a public one/);
    await desk.fill('#add-feed', `${privateUrl}/rss`);
    await desk.click('.add-form:has(#add-feed) button[type="submit"]');
    await desk.waitForFunction(() => /^Cannot subscribe to .*loopback address, not a public one/.test(document.querySelector('#add-feed-status')?.textContent ?? ''));
    await desk.fill('#add-url', `${siteUrl}/not-a-page`);
    await desk.click('.add-form:has(#add-url) button[type="submit"]');
    await desk.waitForFunction(() => /^Could not read it: /.test(document.querySelector('#add-url-status')?.textContent ?? ''), undefined, { timeout: 30_000 });
    assert.equal(await addStatus.getAttribute('data-kind'), 'error');
    await desk.fill('#add-feed', `${siteUrl}/article`);
    await desk.click('.add-form:has(#add-feed) button[type="submit"]');
    await desk.waitForFunction(() => /could not be read: /.test(document.querySelector('#add-feed-status')?.textContent ?? ''), undefined, { timeout: 30_000 });
    await desk.screenshot({ path: join(shots, 'desktop-add-errors.png') });
    // A feed added by mistake is removed from the page too.
    await desk.locator('#feed-list .feed', { hasText: `${siteUrl}/article` }).locator('button.remove').click();
    await desk.waitForFunction(() => document.querySelectorAll('#feed-list .feed').length === 1);
    assert.equal(await text(desk, '#feeds-status'), `Unsubscribed from ${siteUrl}/article; its reports stay.`);
    assert.equal(await text(desk, '#feed-list .feed a'), HOSTILE_FEED_TITLE);
    // On the phone the forms are in the list the masthead opens; the key is asked for there too (it is kept per tab).
    await phone.click('#nav-toggle');
    await phone.waitForSelector('#add-url');
    await phone.fill('#api-key', API_KEY);
    await phone.fill('#add-url', `${privateUrl}/article`);
    await phone.locator('.add-form:has(#add-url) button[type="submit"]').click();
    await phone.waitForFunction(() => /^Cannot fetch .*loopback address/.test(document.querySelector('#add-url-status')?.textContent ?? ''));
    assert.ok(await fitsWidth(phone), 'the forms and their errors fit the phone');
    await phone.locator('#add-url-status').scrollIntoViewIfNeeded();
    await phone.screenshot({ path: join(shots, 'phone-add-error.png') });
    await phone.click('#nav-toggle');
    // 3, across a live update: a report opened from the list stays open and marked while the story gains a report and is rendered again.
    const ians = desk.locator('.reports li', { hasText: 'IANS' }).locator('button.link');
    await ians.click();
    await desk.waitForSelector('#source:not([hidden]) .source-head');
    await desk.fill('#add-url', `${siteUrl}/article`);
    await desk.click('.add-form:has(#add-url) button[type="submit"]');
    await desk.waitForFunction(() => /^Added/.test(document.querySelector('#add-url-status')?.textContent ?? ''), undefined, { timeout: 30_000 });

    // 5. What changed since the version shown, in words, on both pages: the new report by its outlet; and 1. its link to the original and its own date.
    for (const page of [desk, phone]) {
      await page.waitForFunction(() => /^6 reports/.test(document.querySelector('.story-head .coverage')?.textContent ?? ''), undefined, { timeout: 30_000 });
      await page.waitForSelector('.changes .new-reports', { timeout: 30_000 });
      assert.equal(await text(page, '.changes .new-reports'), '1 new report: Example Wire.');
      const original = page.locator('.reports li', { hasText: 'Example Wire' }).locator('a.out');
      assert.equal(await original.getAttribute('href'), `${siteUrl}/article`);
      assert.equal(await original.getAttribute('rel'), 'noopener noreferrer');
      assert.match((await page.locator('.reports li', { hasText: 'Example Wire' }).textContent()) ?? '', /14 Dec 2016/);
      assert.match(await text(page, '.story-head .coverage'), /from 2 outlets \(.*Example Wire.*\) · 13 Dec 2016 – 14 Dec 2016/);
    }
    assert.ok(await desk.locator('#source').isVisible(), 'the open report stayed open through the update');
    assert.equal(await desk.locator('.figures .singles li[hidden]').count(), 0, 'the single claims the reader opened stayed open');
    assert.equal(await desk.locator('#story .selected').count(), 1);
    assert.ok(await ians.evaluate((n) => n.classList.contains('selected')), 'and its row stayed marked');
    await desk.keyboard.press('Escape');
    await desk.waitForSelector('#source[hidden]', { state: 'attached' });
    assert.ok(await ians.evaluate((n) => n === document.activeElement), 'focus goes back to the row as it is rendered now');
    await desk.evaluate(() => window.scrollTo(0, 0));
    assert.ok((await box(desk, '#summary')).y < DESKTOP.height, 'the summary still starts on the first screen below what changed');
    await desk.screenshot({ path: join(shots, 'desktop-changes.png') });
    await phone.evaluate(() => window.scrollTo(0, 0));
    await phone.screenshot({ path: join(shots, 'phone-changes.png') });
    await desk.locator('.changes button.dismiss').click();
    assert.equal(await desk.locator('.changes').count(), 0, '"Mark as read" clears it');

    // 7. Empty and tiny input: a text too short for a news report is refused, naming the minimum; a story of credits and captions says why it has no summary.
    const tiny = await post('/api/reports', { text: 'hi' });
    assert.equal(tiny.status, 422);
    assert.match(((await tiny.json()) as { error: string }).error, /too short for a news report: expected at least 8 words, found 1/);
    const captions = (await (await fetch(`${server.url}/api/reports?wait=true`, { method: 'POST', headers: AUTH, body: JSON.stringify({ text: CAPTIONS_ONLY }) })).json()) as { story: string | null };
    assert.ok(captions.story !== null && captions.story !== storyId, 'the captions are a story of their own');
    for (const page of [desk, phone]) {
      await page.waitForFunction(() => document.querySelectorAll('.story-item').length === 2, undefined, { timeout: 30_000 });
      await page.goto(`${server.url}/#/story/${encodeURIComponent(captions.story)}`);
      await page.waitForSelector('#summary .empty-summary', { timeout: 30_000 });
      assert.equal(await text(page, '#summary .empty-summary'), 'No summary: its one report has no sentences of article text to choose from (only headlines, captions, credits or text too short to be a sentence). The report is listed below.');
      assert.equal(await page.locator('.key-figures').count(), 0);
      assert.equal(await text(page, '.no-facts'), 'No figures, dated events or names found.');
      assert.equal(await page.locator('#h-figures, #h-timeline, #h-entities').count(), 0, 'one line, not three empty sections');
      assert.ok(await fitsWidth(page));
      await page.waitForSelector('#live[data-state="live"]');
    }
    await phone.screenshot({ path: join(shots, 'phone-empty.png') });

    // 6. A phone: the list from the masthead with every row whole and no scroll box of its own; choosing a story closes it.
    await phone.click('#nav-toggle');
    await phone.waitForSelector('.stories .story-item');
    const list = await phone.evaluate(() => {
      const nav = document.querySelector('.stories')!;
      const rows = [...document.querySelectorAll('.story-item')].map((r) => r.getBoundingClientRect());
      return { isScrollBox: nav.scrollHeight > nav.clientHeight + 1, right: Math.max(...rows.map((r) => r.right)), count: rows.length };
    });
    assert.deepEqual(list, { isScrollBox: false, right: list.right, count: 2 });
    assert.ok(list.right <= PHONE.width, 'every row is whole');
    await phone.screenshot({ path: join(shots, 'phone-list.png') });
    assert.deepEqual(await axeViolations(phone), [], 'axe on the phone list');
    await phone.locator(`.story-item[data-story="${storyId}"] a`).click();
    await phone.waitForSelector('.stories', { state: 'hidden' });
    await phone.waitForSelector('.summary button.sentence');
    assert.ok(await fitsWidth(phone), 'no sideways scrolling');
    await desk.goto(`${server.url}/#/story/${encodeURIComponent(storyId)}`);
    await desk.waitForSelector('.summary button.sentence');
    await desk.waitForSelector('#live[data-state="live"]');
    assert.deepEqual(errors, []);

    // 8. Stopping: SIGTERM ends the live connections of both pages and the process within 2 s; the pages say they lost it.
    isStopping = true;
    const exited = new Promise<number>((resolve) => server.child.once('exit', () => resolve(Date.now())));
    const signalled = Date.now();
    server.child.kill('SIGTERM');
    const took = (await exited) - signalled;
    assert.ok(took < 2_000, `serve took ${took} ms to stop with two pages open: ${server.stderr()}`);
    assert.equal(server.child.exitCode, 0, server.stderr());
    for (const page of [desk, phone]) await page.waitForSelector('#live[data-state="offline"]', { timeout: 5_000 });
    console.log(`# serve stopped in ${took} ms; screenshots in ${shots}`);
  } finally {
    if (server.child.exitCode === null) server.child.kill('SIGKILL');
    await browser.close();
    site.close();
    if (process.env.NEWSBRIEF_KEEP_SCREENSHOTS === undefined) rmSync(dir, { recursive: true, force: true });
  }
});
