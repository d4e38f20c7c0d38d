/** @module `newsbrief feeds add|list|remove URL`: the feed subscriptions of a data directory. */
import type { Command } from 'commander';
import { NewsbriefError } from '../../errors.js';
import type { Store } from '../../store/index.js';
import type { CliIo } from '../io.js';
import { checkDataDir, type DataDirUse } from './data-dir.js';
import { addDataOption, addFetchOptions, parseStreamOptions } from './stream-options.js';

function checkUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.href;
  } catch {
    // Reported below with what was expected.
  }
  throw new NewsbriefError('BAD_OPTION', `Expected a feed's http(s) URL, got "${url}"`);
}

async function withStore(raw: unknown, use: DataDirUse, fn: (store: Store) => Promise<void>): Promise<void> {
  // Loaded when the command runs, not at start-up: every other command would pay for it.
  const { databaseUrl, openStore } = await import('../../store/index.js');
  const { data } = parseStreamOptions(raw);
  await checkDataDir(data, use, databaseUrl() !== null);
  const store = await openStore(data);
  try {
    await fn(store);
  } finally {
    await store.close();
  }
}

export function registerFeeds(program: Command, io: CliIo): void {
  const feeds = program.command('feeds').description('Manage feed subscriptions (RSS, Atom, JSON Feed)');
  addFetchOptions(addDataOption(feeds.command('add').description('Subscribe to a feed; it is polled by `poll` and `watch`').argument('<url>')))
    .addHelpText('after', '\nExample:\n  $ newsbrief feeds add https://example.com/world/rss.xml')
    .action(async (url: string, raw: unknown) => {
      const href = checkUrl(url);
      // Said now rather than at every poll: a feed on a private, loopback or link-local address is never polled
      // unless allowed (the same flags then go to poll, watch or serve).
      const { allowPrivate, allowHost } = parseStreamOptions(raw);
      const { fetchRefusal } = await import('../../ingest/fetch/index.js');
      const reason = await fetchRefusal(href, { allowPrivate, allowHosts: allowHost });
      if (reason !== null) throw new NewsbriefError('REFUSED', `Cannot subscribe to ${href}: ${reason}; allow it with --allow-private or --allow-host ${new URL(href).hostname.replace(/^\[|\]$/g, '')}`, { url: href });
      await withStore(raw, 'create', async (store) => {
        const isNew = await store.addFeed(href, new Date().toISOString());
        io.stdout.write(isNew ? `Subscribed to ${href}\n` : `Already subscribed to ${href}\n`);
      });
    });
  addDataOption(feeds.command('list').description('List subscriptions with their poll state'), 'read')
    .option('--format <format>', 'text or json', 'text')
    .action(async (raw: { format?: string }) => {
      await withStore(raw, 'read', async (store) => {
        const list = await store.listFeeds();
        if (raw.format === 'json') {
          io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
          return;
        }
        if (raw.format !== 'text') throw new NewsbriefError('BAD_OPTION', `--format must be text or json, got "${raw.format}"`);
        if (list.length === 0) io.stdout.write('No feeds. Add one with: newsbrief feeds add URL\n');
        for (const feed of list) {
          const state = feed.lastPolledAt === null ? 'never polled' : `polled ${feed.lastPolledAt}${feed.lastError === null ? '' : `, error: ${feed.lastError}`}`;
          io.stdout.write(`${feed.url}\t${feed.title ?? '-'}\t${state}\tnext ${feed.nextPollAt}\n`);
        }
      });
    });
  addDataOption(feeds.command('remove').description('Unsubscribe (stored reports stay)').argument('<url>'), 'read').action(async (url: string, raw: unknown) => {
    const href = checkUrl(url);
    await withStore(raw, 'read', async (store) => {
      if (!(await store.removeFeed(href))) throw new NewsbriefError('BAD_OPTION', `Not subscribed to ${href}: see newsbrief feeds list`);
      io.stdout.write(`Unsubscribed from ${href}\n`);
    });
  });
}
