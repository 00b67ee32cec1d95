/**
 * The API in this process (createApp, as `pnpm bench` runs it) on a benchmark province built by
 * `pnpm bench -- --sizes N --dbs sqlite` (data/bench/sqlite-N, its users `bench-leader-N` and
 * `bench-staff-N`), for the scripts that time one screen on it.
 */
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MikroORM } from '@mikro-orm/core';
import { createApp } from '../../apps/server/src/app.js';
import { loadConfig } from '../../apps/server/src/config.js';
import { openDatabase } from '../../apps/server/src/db/orm.js';
import { benchEnv } from './support.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

export interface BenchServer {
  orm: MikroORM;
  /** The GraphQL endpoint. */
  url: string;
  /** The province of `pnpm bench` (code BENCH-N). */
  provinceId: number;
  /** Signs `bench-<role>-N` in; answers the session cookie ("name=value"). */
  signIn(role: 'leader' | 'staff'): Promise<string>;
  close(): Promise<void>;
}

export async function serveBenchProvince(members: number): Promise<BenchServer> {
  const config = loadConfig(benchEnv, { dataDir: resolve(root, `data/bench/sqlite-${members}`), exposeQueryStats: true, seedScale: 0, logLevel: 'warn' });
  const orm = await openDatabase(config);
  const [province] = await orm.em.getConnection().execute<Array<{ id: number }>>(`select id from organization where code = ?`, [`BENCH-${members}`]);
  if (!province) throw new Error(`No benchmark province in data/bench/sqlite-${members}: build it with pnpm bench -- --sizes ${members} --dbs sqlite`);
  const app = await createApp(config, { orm });
  const server = await new Promise<import('node:http').Server>((ok) => {
    const s = app.app.listen(0, '127.0.0.1', () => ok(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    orm,
    url,
    provinceId: Number(province.id),
    async signIn(role) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `mutation { login(username: "bench-${role}-${members}", password: "benchmark-password") { user { username } } }` }),
      });
      return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    },
    async close() {
      await new Promise<void>((ok) => server.close(() => ok()));
      await app.close();
    },
  };
}
