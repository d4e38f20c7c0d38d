import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createHostCheck, hostName } from './host-check.js';
import { startServer } from './start-server.js';

test('on loopback only localhost names pass, and those the operator names; beyond loopback there is no check', () => {
  const check = createHostCheck('127.0.0.1', ['news.example.org'])!;
  for (const host of ['localhost:8080', 'LOCALHOST', '127.0.0.1:8080', '127.1.2.3', '[::1]:8080', 'app.localhost', 'news.example.org', 'news.example.org:443', undefined]) {
    assert.equal(check(host), true, String(host));
  }
  for (const host of ['evil.example', 'evil.example:8080', '10.0.0.5', 'localhost.evil.example', 'news.example.org.evil.example', '[::2]']) {
    assert.equal(check(host), false, host);
  }
  assert.notEqual(createHostCheck('::1'), null);
  assert.notEqual(createHostCheck('localhost'), null);
  assert.equal(createHostCheck('0.0.0.0'), null);
  assert.equal(createHostCheck('192.168.1.10'), null);
  assert.equal(hostName('[::1]:8080'), '::1');
  assert.equal(hostName('Example.org.:80'), 'example.org');
});

function send(url: string, host: string, method = 'GET', body?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const req = request(url, { method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk)).on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

test('a server on loopback answers 403 to a request naming another host, on the page, the API and the fast report POST', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-host-'));
  const server = await startServer({ dataDir: join(dir, 'data'), port: 0, isProcessing: false, publicHosts: ['news.example.org'] });
  try {
    const port = new URL(server.url).port;
    const post = JSON.stringify({ text: 'Aid convoys reached the city on Friday, the agency said, after weeks of delay.' });
    for (const [path, method, body] of [['/', 'GET', undefined], ['/api/stories', 'GET', undefined], ['/api/reports', 'POST', post]] as const) {
      const refused = await send(`${server.url}${path}`, `rebound.example:${port}`, method, body);
      assert.equal(refused.status, 403, `${method} ${path}`);
      assert.match(refused.body, /DNS rebinding/);
    }
    assert.equal((await send(`${server.url}/api/stories`, `localhost:${port}`)).status, 200);
    assert.equal((await send(`${server.url}/api/stories`, 'news.example.org')).status, 200);
    assert.equal((await send(`${server.url}/api/reports`, `127.0.0.1:${port}`, 'POST', post)).status, 201);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
