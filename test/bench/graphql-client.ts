/**
 * The client of the benchmarks that serve the API in their own process (`pnpm bench`, the
 * national screens, ratings, meetings, request-tail): one kept-alive connection (node:http),
 * asking for compressed answers as a browser does, the timer stopped at the answer's last byte
 * (as autocannon and a browser's network panel time it), the answer then decompressed and parsed
 * outside the timed part.
 *
 * Until 2026-12-05 these scripts timed undici's `fetch` up to `await res.json()`: its web streams,
 * abort signals, brotli decompression and JSON parse ran on the server's event loop and in its
 * heap, inside the timed part. Measured side by side in one process (500k province, load ~3.9):
 * cell page 5.60 / 14.82 ms median / p95 with fetch, 3.79 / 10.75 with this client; drill-down
 * 21.98 / 36.76 against 16.74 / 31.84 (BENCHMARKS.md, "The benchmarks' client").
 */
import { Agent, request } from 'node:http';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

export interface TimedAnswer {
  /** From the request's start to the answer's last byte. */
  ms: number;
  status: number;
  /** The parsed JSON answer. */
  body: any;
}

type Payload = { query: string; variables?: Record<string, unknown>; operationName?: string };

export interface GraphqlClient {
  /** The answer as it came, errors included. */
  post(payload: Payload, cookie?: string): Promise<TimedAnswer>;
  /** The same, throwing when the answer has GraphQL errors (a benchmark times answers, not errors). */
  query(payload: Payload, cookie?: string): Promise<TimedAnswer>;
  close(): void;
}

/** `sockets`: kept-alive connections, one per concurrent client (default 1). */
export function graphqlClient(url: string, sockets = 1): GraphqlClient {
  const target = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: sockets });
  const once = (data: string, cookie: string | undefined) =>
    new Promise<{ ms: number; status: number; raw: Buffer; encoding: string | undefined }>((resolve, reject) => {
      const started = performance.now();
      const req = request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), 'accept-encoding': 'br, gzip, deflate', ...(cookie ? { cookie } : {}) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const ms = performance.now() - started;
            resolve({ ms, status: res.statusCode ?? 0, raw: Buffer.concat(chunks), encoding: res.headers['content-encoding'] });
          });
        },
      );
      req.on('error', reject);
      req.end(data);
    });
  const post = async (payload: Payload, cookie?: string): Promise<TimedAnswer> => {
      const data = JSON.stringify(payload);
      // A kept-alive socket the server closed between two requests (its keep-alive timeout, or a
      // long SQLite write holding the event loop) fails before any answer: sent again once.
      const answer = await once(data, cookie).catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'ECONNRESET') return once(data, cookie);
        throw e;
      });
      const { raw, encoding } = answer;
      const text = (encoding === 'br' ? brotliDecompressSync(raw) : encoding === 'gzip' ? gunzipSync(raw) : encoding === 'deflate' ? inflateSync(raw) : raw).toString('utf8');
      return { ms: answer.ms, status: answer.status, body: JSON.parse(text) };
  };
  return {
    post,
    async query(payload, cookie) {
      const answer = await post(payload, cookie);
      if (answer.body.errors) throw new Error(JSON.stringify(answer.body.errors).slice(0, 2000));
      return answer;
    },
    close() {
      agent.destroy();
    },
  };
}
