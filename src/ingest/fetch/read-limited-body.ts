/** @module Reads a response body up to a byte limit, refusing before reading when Content-Length already says too much. */
import { NewsbriefError } from '../../errors.js';

interface BodyResponse {
  readonly headers: { get(name: string): string | null };
  readonly body: AsyncIterable<Uint8Array> & { cancel(): Promise<void> } | null;
}

function tooLarge(url: string, found: string, maxBytes: number): NewsbriefError {
  return new NewsbriefError('TOO_LARGE', `Cannot fetch ${url}: expected at most ${maxBytes} bytes, got ${found}`, { url });
}

/** The whole body as bytes; throws TOO_LARGE once more than `maxBytes` (decoded) bytes arrive. */
export async function readLimitedBody(response: BodyResponse, maxBytes: number, url: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  // Content-Length counts encoded bytes; a compressed body can still grow past the limit, hence the count below too.
  if (Number.isFinite(declared) && declared > maxBytes && response.headers.get('content-encoding') === null) {
    await response.body?.cancel();
    throw tooLarge(url, `Content-Length ${declared}`, maxBytes);
  }
  if (response.body === null) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += chunk.byteLength;
    // Throwing out of for-await cancels the stream, so the rest is never downloaded.
    if (size > maxBytes) throw tooLarge(url, `${size} bytes and counting`, maxBytes);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
