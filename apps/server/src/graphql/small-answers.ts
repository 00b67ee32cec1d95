import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import type { RequestHandler } from 'express';

/** compression()'s threshold: smaller answers are sent as they are (as before). */
export const COMPRESS_FROM = 1024;
/**
 * Answers from here up stay with compression()'s stream, which compresses on the thread pool:
 * a drill-down of 200 children (~190 kB) costs ~1.6 ms of brotli, too long to hold the event loop.
 */
const ONE_SHOT_BELOW = 32 * 1024;

/**
 * GraphQL answers of 1–32 kB (a cell page, a form, a list page: most answers) compressed in one
 * call, synchronously, before compression() sees them (issue #14, the fixed cost of a request).
 * compression() makes a zlib stream per answer, and a brotli stream allocates its encoder for the
 * largest window before it knows the size: a CPU profile of the cell page put ~9 % of the API
 * process's time in it. One brotliCompressSync with the size as a hint, at compression()'s own
 * quality (4), gives the same bytes' worth for about a third of the CPU (0.12 against 0.35 ms for
 * a 7 kB answer, measured apart).
 *
 * Installed after compression() on /graphql, so its `res.end` runs first: an answer it compressed
 * carries a Content-Encoding, which compression() leaves as it is (it still adds its Vary header).
 * Everything else goes on unchanged to compression(): answers below 1 kB or from 32 kB up, HEAD,
 * `Cache-Control: no-transform`, content types other than JSON, a client that accepts neither
 * br nor gzip (compression() may still pick deflate), answers written in several chunks.
 * The same negotiation as the response cache (response-cache.ts): `req.acceptsEncodings('br', 'gzip')`.
 */
/**
 * One answer compressed in one call with compression()'s settings (brotli quality 4, gzip's
 * default level), the size given to brotli as a hint; also the response cache's (response-cache.ts).
 */
export function compressAnswer(input: Buffer, method: 'br' | 'gzip'): Buffer {
  return method === 'br' ? brotliCompressSync(input, { params: { [zlib.BROTLI_PARAM_QUALITY]: 4, [zlib.BROTLI_PARAM_SIZE_HINT]: input.length } }) : gzipSync(input);
}

export function compressSmallAnswers(): RequestHandler {
  return (req, res, next) => {
    if (req.method === 'HEAD') return next();
    const end = res.end;
    let writing = false;
    const write = res.write;
    // A chunk written before the end: the answer is streamed, compression() handles it.
    res.write = function (this: typeof res, ...args: Parameters<typeof res.write>) {
      writing = true;
      return write.apply(this, args);
    } as typeof res.write;
    res.end = function (this: typeof res, chunk?: unknown, encoding?: unknown, callback?: unknown) {
      const body = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk : null;
      if (!writing && body !== null && !res.headersSent && typeof encoding !== 'function') {
        const length = typeof body === 'string' ? Buffer.byteLength(body, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : body.length;
        const type = String(res.getHeader('content-type') ?? '');
        const status = res.statusCode;
        if (
          length >= COMPRESS_FROM &&
          length < ONE_SHOT_BELOW &&
          status !== 204 &&
          status !== 304 &&
          /json/i.test(type) &&
          !res.getHeader('content-encoding') &&
          !/(?:^|,)\s*no-transform\s*(?:,|$)/i.test(String(res.getHeader('cache-control') ?? ''))
        ) {
          const method = req.acceptsEncodings('br', 'gzip');
          if (method === 'br' || method === 'gzip') {
            const input = typeof body === 'string' ? Buffer.from(body, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : body;
            const bytes = compressAnswer(input, method);
            res.vary('Accept-Encoding');
            res.setHeader('Content-Encoding', method);
            res.setHeader('Content-Length', bytes.length);
            return (end as (this: typeof res, chunk: unknown, callback?: unknown) => typeof res).call(this, bytes, callback);
          }
        }
      }
      return (end as (this: typeof res, ...a: unknown[]) => typeof res).call(this, chunk, encoding, callback);
    } as typeof res.end;
    next();
  };
}
