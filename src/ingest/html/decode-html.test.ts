import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { NewsbriefError } from '../../errors.js';
import { decodeHtml } from './decode-html.js';

const page = (charset: string, body: string): string => `<html><head><meta charset="${charset}"></head><body><p>${body}</p></body></html>`;

test('windows-1252 bytes declared as ISO-8859-1 decode with their curly quotes', () => {
  const bytes = iconv.encode(page('iso-8859-1', 'l’est d’Alep – déclaré'), 'windows-1252');
  const decoded = decodeHtml(bytes);
  assert.equal(decoded.charset, 'windows-1252');
  assert.equal(decoded.charsetFrom, 'meta');
  assert.ok(decoded.html.includes('l’est d’Alep – déclaré'));
});

test('the Content-Type header wins over the meta tag', () => {
  const bytes = iconv.encode(page('utf-8', 'Zürich'), 'windows-1252');
  const decoded = decodeHtml(bytes, { contentType: 'text/html; charset=windows-1252' });
  assert.equal(decoded.charsetFrom, 'header');
  assert.ok(decoded.html.includes('Zürich'));
});

test('undeclared bytes are UTF-8 when valid and windows-1252 otherwise', () => {
  assert.equal(decodeHtml(Buffer.from('<p>Zürich</p>', 'utf8')).charset, 'utf-8');
  const latin = decodeHtml(iconv.encode('<p>Zürich</p>', 'windows-1252'));
  assert.equal(latin.charset, 'windows-1252');
  assert.equal(latin.html, '<p>Zürich</p>');
});

test('a UTF-8 byte-order mark is honoured and removed', () => {
  const decoded = decodeHtml(Buffer.from('\uFEFF<p>é</p>', 'utf8'));
  assert.equal(decoded.charsetFrom, 'bom');
  assert.equal(decoded.html, '<p>é</p>');
});

test('binary bytes are refused with a DECODE error that names the file', () => {
  assert.throws(
    () => decodeHtml(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), { path: 'photo.html' }),
    (error: unknown) => error instanceof NewsbriefError && error.code === 'DECODE' && error.message.includes('photo.html'),
  );
});

test('an unknown declared charset on non-UTF-8 bytes is a DECODE error', () => {
  const bytes = new Uint8Array([...Buffer.from('<meta charset="x-klingon"><p>'), 0xff, 0xfe, 0xfd]);
  assert.throws(() => decodeHtml(bytes), (error: unknown) => error instanceof NewsbriefError && error.code === 'DECODE');
});
