import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createLogger, setProcessLogger } from './log.js';
import { InFlight, onShutdown, runShutdownHooks } from './shutdown.js';

/** A real HTTP server whose `/slow` requests wait until the test answers them. */
async function serverWithSlowRequests() {
  const waiting: ServerResponse[] = [];
  let arrived: () => void = () => undefined;
  const server = createServer((req, res) => {
    inFlight.track(res);
    if (req.url === '/slow') {
      waiting.push(res);
      arrived();
    } else res.end('fast');
  });
  const inFlight = new InFlight(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const slow = () => {
    const reached = new Promise<void>((resolve) => (arrived = resolve));
    const answer = fetch(`${url}/slow`);
    return { reached, answer };
  };
  return { server, inFlight, url, waiting, slow };
}

describe('InFlight', () => {
  it('waits for a request in flight, which is answered with Connection: close', async () => {
    const s = await serverWithSlowRequests();
    const request = s.slow();
    await request.reached;
    expect(s.inFlight.count).toBe(1);
    const closing = s.inFlight.close(600_000);
    s.waiting[0]!.end('done');
    const res = await request.answer;
    expect(res.status).toBe(200);
    expect(res.headers.get('connection')).toBe('close');
    expect(await res.text()).toBe('done');
    expect(await closing).toBe(0);
    expect(s.server.listening).toBe(false);
  });

  it('cuts requests still running after the timeout and counts them', async () => {
    const s = await serverWithSlowRequests();
    const request = s.slow();
    await request.reached;
    expect(await s.inFlight.close(0)).toBe(1);
    await expect(request.answer).rejects.toThrow();
  });
});

describe('onShutdown', () => {
  it('calls every hook once, together, and reports a failing one', async () => {
    setProcessLogger(createLogger('silent'));
    const calls: string[] = [];
    let finish!: () => void;
    const slowJob = new Promise<void>((resolve) => (finish = resolve));
    onShutdown(async () => {
      calls.push('slow');
      await slowJob;
      calls.push('slow done');
    });
    onShutdown(() => {
      calls.push('failing');
      throw new Error('job would not stop');
    });
    const undo = onShutdown(() => calls.push('unregistered'));
    undo();
    const done = runShutdownHooks();
    expect(calls).toEqual(['slow', 'failing']);
    finish();
    expect(await done).toBe(false);
    expect(calls).toEqual(['slow', 'failing', 'slow done']);
    expect(await runShutdownHooks()).toBe(true);
    expect(calls).toHaveLength(3);
  });
});
