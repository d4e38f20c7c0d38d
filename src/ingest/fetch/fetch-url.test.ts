import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { isNewsbriefError } from '../../errors.js';
import { addressRange, isPublicAddress } from './address-policy.js';
import { createFetcher } from './fetch-url.js';

let server: Server;
let port = 0;

before(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/page') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<html><body><p>Hello from the local server.</p></body></html>');
    } else if (path === '/to-localhost') {
      res.writeHead(302, { location: `http://localhost:${port}/page` });
      res.end();
    } else if (path === '/to-loopback-ip') {
      res.writeHead(301, { location: `http://127.0.0.1:${port}/page` });
      res.end();
    } else if (path === '/to-metadata') {
      res.writeHead(307, { location: 'http://169.254.169.254/latest/meta-data/' });
      res.end();
    } else if (path.startsWith('/loop')) {
      res.writeHead(302, { location: `/loop${path.length}` });
      res.end();
    } else if (path === '/big') {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '50000' });
      res.end('x'.repeat(50_000));
    } else if (path === '/big-chunked') {
      res.writeHead(200, { 'content-type': 'text/plain', 'transfer-encoding': 'chunked' });
      for (let i = 0; i < 10; i += 1) res.write('y'.repeat(5_000));
      res.end();
    } else if (path === '/gzip-bomb') {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
      res.end(gzipSync(Buffer.alloc(200_000, 0x61)));
    } else if (path === '/slow') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('start');
      setTimeout(() => res.end('late'), 2_000).unref();
    } else {
      res.writeHead(404);
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

async function fetchError(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    assert.ok(isNewsbriefError(error), `expected a NewsbriefError, got ${String(error)}`);
    return { code: error.code, message: error.message };
  }
  assert.fail('expected the fetch to fail');
}

test('addresses are classified: only public unicast passes, mapped and transition forms included', () => {
  for (const address of ['127.0.0.1', '10.0.0.8', '172.16.4.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '::1', 'fe80::1', 'fc00::5', 'ff02::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '2002:7f00:1::', '64:ff9b::7f00:1', '::7f00:1', '::a00:8', '::808:808', 'not-an-ip']) {
    assert.equal(isPublicAddress(address), false, address);
  }
  for (const address of ['8.8.8.8', '151.101.1.67', '2606:4700::1111', '::ffff:8.8.8.8']) assert.equal(isPublicAddress(address), true, address);
  assert.equal(addressRange('::ffff:192.168.0.1'), 'private');
  // URLs and the resolver write ::127.0.0.1 as ::7f00:1, which ipaddr.js alone called unicast.
  assert.equal(addressRange(new URL('http://[::127.0.0.1]/').hostname.slice(1, -1)), 'ipv4Compatible');
});

test('a loopback server is refused by default, by literal IP and by a name that resolves to it', async () => {
  const fetcher = createFetcher({ timeoutMs: 2_000 });
  try {
    const byIp = await fetchError(fetcher.fetch(`http://127.0.0.1:${port}/page`));
    assert.equal(byIp.code, 'FETCH');
    assert.match(byIp.message, /Refused to connect to 127\.0\.0\.1: 127\.0\.0\.1 is a loopback address, not a public one/);
    const byName = await fetchError(fetcher.fetch(`http://localhost:${port}/page`));
    assert.match(byName.message, /Refused to connect to localhost: localhost resolves to (127\.0\.0\.1|::1), a loopback address, not a public one/);
    const mapped = await fetchError(fetcher.fetch(`http://[::ffff:7f00:1]:${port}/page`));
    assert.match(mapped.message, /Refused/);
  } finally {
    await fetcher.close();
  }
});

test('the operator flag allows the local server, and the page arrives with its content type', async () => {
  const fetcher = createFetcher({ allowPrivate: true, timeoutMs: 2_000 });
  try {
    const page = await fetcher.fetch(`http://127.0.0.1:${port}/page`);
    assert.equal(page.status, 200);
    assert.equal(page.contentType, 'text/html; charset=utf-8');
    assert.match(Buffer.from(page.body).toString('utf8'), /Hello from the local server/);
  } finally {
    await fetcher.close();
  }
});

test('an allowed host may redirect to itself, but a redirect to a private address is checked again and refused', async () => {
  const fetcher = createFetcher({ allowHosts: ['localhost'], timeoutMs: 2_000 });
  try {
    const ok = await fetcher.fetch(`http://localhost:${port}/to-localhost`);
    assert.equal(ok.status, 200);
    assert.deepEqual(ok.redirects, [`http://localhost:${port}/page`]);
    const toIp = await fetchError(fetcher.fetch(`http://localhost:${port}/to-loopback-ip`));
    assert.match(toIp.message, /Refused to connect to 127\.0\.0\.1/);
    const toMetadata = await fetchError(fetcher.fetch(`http://localhost:${port}/to-metadata`));
    assert.match(toMetadata.message, /169\.254\.169\.254 is a link-local address/);
  } finally {
    await fetcher.close();
  }
});

test('a name resolving to a private address is refused on a redirect too (checked at connect time)', async () => {
  const resolve = async (host: string) => [{ address: host === 'news.example' ? '127.0.0.1' : '10.0.0.1', family: 4 }];
  const fetcher = createFetcher({ allowHosts: ['news.example'], resolve, timeoutMs: 2_000 });
  try {
    const ok = await fetcher.fetch(`http://news.example:${port}/page`);
    assert.equal(ok.status, 200);
    const refused = await fetchError(fetcher.fetch(`http://intranet.example:${port}/page`));
    assert.match(refused.message, /intranet\.example resolves to 10\.0\.0\.1, a private address/);
  } finally {
    await fetcher.close();
  }
});

test('redirect, size and time limits each stop the fetch with a clear error', async () => {
  const fetcher = createFetcher({ allowPrivate: true, maxRedirects: 3, maxBytes: 20_000, timeoutMs: 500 });
  try {
    assert.match((await fetchError(fetcher.fetch(`http://127.0.0.1:${port}/loop`))).message, /more than 3 redirects/);
    const big = await fetchError(fetcher.fetch(`http://127.0.0.1:${port}/big`));
    assert.equal(big.code, 'TOO_LARGE');
    assert.match(big.message, /expected at most 20000 bytes, got Content-Length 50000/);
    assert.equal((await fetchError(fetcher.fetch(`http://127.0.0.1:${port}/big-chunked`))).code, 'TOO_LARGE');
    assert.equal((await fetchError(fetcher.fetch(`http://127.0.0.1:${port}/gzip-bomb`))).code, 'TOO_LARGE');
    const started = Date.now();
    const slow = await fetchError(fetcher.fetch(`http://127.0.0.1:${port}/slow`));
    assert.match(slow.message, /no complete answer within 500 ms/);
    assert.ok(Date.now() - started < 1_500, 'the time limit cuts the fetch short');
  } finally {
    await fetcher.close();
  }
});

test('only http and https are fetched', async () => {
  const fetcher = createFetcher();
  try {
    assert.match((await fetchError(fetcher.fetch('file:///etc/passwd'))).message, /expected http or https, got file:/);
    assert.equal((await fetchError(fetcher.fetch('not a url'))).code, 'BAD_INPUT');
  } finally {
    await fetcher.close();
  }
});
