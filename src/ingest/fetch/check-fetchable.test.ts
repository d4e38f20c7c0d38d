import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fetchRefusal } from './check-fetchable.js';
import type { ResolveHost } from './safe-lookup.js';

const dns: Record<string, readonly string[]> = { localhost: ['127.0.0.1', '::1'], 'intranet.example': ['10.0.0.1'], 'mixed.example': ['10.0.0.2', '93.184.215.14'], 'news.example': ['93.184.215.14'] };
const resolve: ResolveHost = async (host) => {
  const addresses = dns[host];
  if (addresses === undefined) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
  return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
};

test('a literal loopback, private, link-local or unspecified host is refused in every form a URL accepts, in plain English', async () => {
  const cases: readonly [string, string][] = [
    ['http://127.0.0.1/a', '127.0.0.1 is a loopback address, not a public one'],
    ['http://127.1/a', '127.0.0.1 is a loopback address, not a public one'],
    ['http://2130706433/a', '127.0.0.1 is a loopback address, not a public one'],
    ['http://0x7f.1/a', '127.0.0.1 is a loopback address, not a public one'],
    ['http://[::ffff:127.0.0.1]/a', '::ffff:7f00:1 is a loopback address, not a public one'],
    ['http://[::1]:8080/a', '::1 is a loopback address, not a public one'],
    ['http://0.0.0.0/a', '0.0.0.0 is an unspecified address, not a public one'],
    ['http://[::]/a', ':: is an unspecified address, not a public one'],
    ['http://169.254.169.254/latest/meta-data', '169.254.169.254 is a link-local address, not a public one'],
    ['http://10.1.2.3/a', '10.1.2.3 is a private address, not a public one'],
  ];
  for (const [url, reason] of cases) assert.equal(await fetchRefusal(url, {}, resolve), reason, url);
});

test('a name is refused when every address it resolves to is, and the operator can allow it', async () => {
  assert.match((await fetchRefusal('http://localhost:8080/x', {}, resolve)) ?? '', /^localhost resolves to (127\.0\.0\.1|::1), a loopback address, not a public one$/);
  assert.equal(await fetchRefusal('https://intranet.example/feed', {}, resolve), 'intranet.example resolves to 10.0.0.1, a private address, not a public one');
  assert.equal(await fetchRefusal('https://mixed.example/a', {}, resolve), null, 'one public address is enough here; the connection uses only it');
  assert.equal(await fetchRefusal('https://news.example/a', {}, resolve), null);
  assert.equal(await fetchRefusal('https://unknown.example/a', {}, resolve), null, 'a name that does not resolve yet is left to the fetch and its retries');
  assert.equal(await fetchRefusal('https://intranet.example/feed', { allowHosts: ['intranet.example'] }, resolve), null);
  assert.equal(await fetchRefusal('http://127.1/a', { allowPrivate: true }, resolve), null);
  assert.equal(await fetchRefusal('http://slow.example/a', {}, () => new Promise(() => undefined), 50), null, 'a slow resolver does not hold the answer');
});
