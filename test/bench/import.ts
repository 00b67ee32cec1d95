/**
 * Import benchmark (issue #12): a generated tree and N members as two CSV files (`;` and `,`
 * separated), imported into an empty database — dry run, apply, then the same files again
 * (everything unchanged) — on SQLite and PostgreSQL, each in its own child process so that its
 * peak RSS is its own. Checks that the subtree counts of the province equal a recount afterwards.
 *
 *   pnpm bench:import                                  # 500,000 members, SQLite and PostgreSQL
 *   pnpm bench:import -- --members 100000 --dbs sqlite
 *   pnpm bench:import -- --no-export                  # the imports only
 *   pnpm bench:import -- --plain                      # the apply reads the files again (no dry run's rows)
 *
 * Each child's line carries the load average (1 minute) before its runs and after them, and the
 * CPU time of each run (the process's, plus its PostgreSQL backends').
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityManager } from '@mikro-orm/knex';
import { Access } from '../../apps/server/src/auth/access.js';
import { toGlobalId } from '../../apps/server/src/graphql/relay.js';
import { loadConfig } from '../../apps/server/src/config.js';
import { createRequest } from '../../apps/server/src/context.js';
import { openDatabase } from '../../apps/server/src/db/orm.js';
import { backgroundCheckpoints } from '../../apps/server/src/db/background-checkpoint.js';
import { createDatabase, dropDatabase, postgresReachable } from '../../apps/server/src/db/postgres-admin.js';
import { dialectOfOrm } from '../../apps/server/src/seed/bulk-writer.js';
import { benchEnv, cpuMs } from './support.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const args = process.argv.slice(2).filter((a) => a !== '--');
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const members = Number(arg('members', '500000'));
const dbs = arg('dbs', 'sqlite,postgres').split(',');
const child = arg('child', '');
const keep = args.includes('--keep');
const exportFormat = arg('export', '');
/** `--no-export`: the import runs only (the exports take longer than the imports under load). */
const skipExport = args.includes('--no-export');
/** `--profile`: each statement of 100 ms or more, its time and its first words, on stderr. */
const profile = args.includes('--profile');
/**
 * The apply follows the dry run as in the app (import-jobs.ts): the dry run keeps the rows it
 * read and the apply replays them (`apply` is then "apply after dry run"). `--plain`: the apply
 * reads the files again, as the command line (and the app before) did.
 */
const plain = args.includes('--plain');
/** `--db-prefix P`: the PostgreSQL database's name starts with P (engineers sharing a server keep to theirs). */
const dbPrefix = arg('db-prefix', 'fourgood_bench_import_');

/** Writes the tree (1 province, 20 districts, 10 communes each, cells of 30 members) and the members. */
async function writeFiles(dir: string, n: number): Promise<{ orgs: string; members: string; cells: number }> {
  const orgsPath = join(dir, 'to-chuc.csv');
  const membersPath = join(dir, 'dang-vien.csv');
  const cells = Math.ceil(n / 30);
  const communes = 200;
  const orgs = createWriteStream(orgsPath);
  orgs.write('\uFEFFMã;Tên;Loại;Khối;Loại hình chi bộ;Mã cấp trên;Từ ngày\n');
  orgs.write('BI;Đảng bộ tỉnh Đo;Đảng bộ tỉnh;;;;01/01/1990\n');
  for (let d = 0; d < 20; d++) orgs.write(`BI-${d};Huyện ủy ${d};Cấp ủy trực thuộc tỉnh;Huyện;;BI;01/01/1990\n`);
  for (let c = 0; c < communes; c++) orgs.write(`BI-${c % 20}-${c};Đảng ủy xã ${c};Đảng bộ cơ sở;;;BI-${c % 20};01/01/1990\n`);
  for (let k = 0; k < cells; k++) {
    const c = k % communes;
    orgs.write(`BI-C${k};Chi bộ ${k};Chi bộ;;Khu dân cư;BI-${c % 20}-${c};01/01/1990\n`);
  }
  await new Promise<void>((r) => orgs.end(() => r()));
  const out = createWriteStream(membersPath);
  out.write('Số thẻ đảng viên,Họ và tên,Giới tính,Ngày sinh,Ngày vào Đảng,Ngày chính thức,Chức vụ,Mã chi bộ,Từ ngày,Tình trạng\n');
  const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ'];
  const given = ['An', 'Bình', 'Cường', 'Dung', 'Giang', 'Hà', 'Hùng', 'Lan'];
  let buffer = '';
  for (let i = 0; i < n; i++) {
    const year = 1940 + (i % 55);
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (i % 12)).padStart(2, '0');
    buffer += `BI${String(i).padStart(8, '0')},${family[i % 6]} Văn ${given[i % 8]},${i % 3 ? 'Nam' : 'Nữ'},${day}/${month}/${year},${day}/${month}/${year + 25},${day}/${month}/${year + 26},${
      i % 30 === 0 ? 'Bí thư' : 'Đảng viên'
    },BI-C${Math.floor(i / 30)},01/01/2020,${i % 50 === 0 ? 'Miễn sinh hoạt' : 'Đang sinh hoạt'}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await new Promise<void>((r) => out.once('drain', () => r()));
      buffer = '';
    }
  }
  out.write(buffer);
  await new Promise<void>((r) => out.end(() => r()));
  return { orgs: orgsPath, members: membersPath, cells };
}

/** In the child: one database, the three runs, the check; prints one JSON line. */
async function runChild(db: string, dir: string): Promise<void> {
  const dataDir = join(dir, 'data');
  // `--db-tag T`: the database's name carries T (engineers sharing a server tell theirs apart).
  const pgName = `${dbPrefix}${arg('db-tag', '')}${process.pid}`;
  const databaseUrl = db === 'postgres' ? await createDatabase(pgName) : null;
  const config = loadConfig(benchEnv, { databaseUrl, dataDir, seedScale: 0 });
  const orm = await openDatabase(config);
  let open = true;
  if (profile) {
    type Query = { __knexQueryUid: string; sql: string };
    const client = (orm.em as unknown as EntityManager).getKnex().client as { on(event: 'query', listener: (q: Query) => void): void; on(event: 'query-response', listener: (r: unknown, q: Query) => void): void };
    const started = new Map<string, number>();
    client.on('query', (q) => started.set(q.__knexQueryUid, performance.now()));
    const done = (q: Query) => {
      const ms = performance.now() - (started.get(q.__knexQueryUid) ?? performance.now());
      started.delete(q.__knexQueryUid);
      if (ms >= 100) console.error(`  ${Math.round(ms)} ms  ${q.sql.replace(/\s+/g, ' ').slice(0, 110)}`);
    };
    client.on('query-response', (_r, q) => done(q));
  }
  try {
    const files = [
      { path: join(dir, 'to-chuc.csv'), name: 'to-chuc.csv' },
      { path: join(dir, 'dang-vien.csv'), name: 'dang-vien.csv' },
    ];
    const loadBefore = loadavg()[0]!;
    // CPU time (user + system) of this process (SQLite works in it) and of the database's
    // PostgreSQL backends (read from /proc: the server is local): on a shared machine it varies
    // far less with the load than the elapsed time does.
    const backendCpu = async (): Promise<number> => {
      if (db !== 'postgres') return 0;
      const pids = await (orm.em.fork() as EntityManager).execute<Array<{ pid: number }>>(`select pid from pg_stat_activity where datname = current_database()`);
      let ms = 0;
      for (const { pid } of pids) {
        try {
          ms += cpuMs(pid);
        } catch {
          // a backend that ended meanwhile
        }
      }
      return ms;
    };
    const kept = plain ? undefined : { path: join(dir, `kept-${db}-${process.pid}.rows`), key: 'bench' };
    const run = async (dryRun: boolean, options: { keep?: typeof kept; reuse?: typeof kept } = {}) => {
      const { services } = createRequest(orm.em.fork() as EntityManager, dialectOfOrm(orm), Access.system());
      const dbBefore = await backendCpu();
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      const report = await services.dataImport.run(files, { dryRun, label: 'bench', ...options });
      const ms = Math.round(performance.now() - started);
      const cpu = process.cpuUsage(cpuBefore);
      const cpuUsed = Math.round((cpu.user + cpu.system) / 1000) + (await backendCpu()) - dbBefore;
      if (report.problemCount > 0) throw new Error(`problems: ${JSON.stringify(report.problems.slice(0, 5))}`);
      // `outside`: the wall time of the run beyond the report's own (its transaction's start, the ORM's wrapping).
      console.error(dryRun ? 'dry run' : 'apply', JSON.stringify(report.steps), `cpu ${cpuUsed} ms, outside the report ${ms - report.millis} ms`);
      return { ms, cpuMs: cpuUsed, counts: report.counts, reused: report.steps.reused !== undefined };
    };
    const dry = await run(true, { keep: kept });
    const apply = await run(false, { reuse: kept });
    // SQLite: the apply's WAL is checkpointed by a worker thread after the commit
    // (db/background-checkpoint.ts); waited for here, before the re-import, and its time shown.
    const checkpoints = await backgroundCheckpoints();
    if (checkpoints.length > 0) console.error('background checkpoint after the apply', JSON.stringify(checkpoints));
    if (kept) for (const p of [kept.path, `${kept.path}.json`]) rmSync(p, { force: true });
    const again = await run(false);
    const em = orm.em.fork() as EntityManager;
    const [stored] = await em.execute<Array<{ n: number | string }>>(
      `select sum(n) as n from subtree_count s join organization o on o.id = s.organization_id where o.code = 'BI' and s.dimension = 'STATUS'`,
    );
    const [live] = await em.execute<Array<{ n: number | string }>>(`select count(*) as n from member where org_path is not null`);
    const [cells] = await em.execute<Array<{ n: number | string }>>(
      `select sum(n) as n from subtree_count s join organization o on o.id = s.organization_id where o.code = 'BI' and s.dimension = 'KIND'`,
    );
    // The created members' audit entries (built in SQL): the member's global id and the row's values.
    const [entry] = await em.execute<Array<{ entity_id: string; after: unknown; id: number | string; birth_date: unknown }>>(
      `select a.entity_id, a.after, m.id, m.birth_date from audit_entry a join member m on m.card_number = 'BI00000007' where a.action = 'createMember' and a.org_path = m.org_path
       and a.entity_id = ? `,
      [toGlobalId('Member', 8)],
    );
    const after = (typeof entry?.after === 'string' ? JSON.parse(entry.after) : entry?.after) as Record<string, unknown> | undefined;
    const auditRight = after?.cardNumber === 'BI00000007' && after.birthDate === '1947-08-08' && after.cellCode === 'BI-C0' && Number(entry!.id) === 8;
    // The export of the whole province (§2), each format in a process of its own: its RSS growth.
    await orm.close();
    open = false;
    const exports: Record<string, unknown> = {};
    const loadAfter = loadavg()[0]!;
    for (const format of skipExport ? [] : ['csv', 'xlsx']) {
      const out = execFileSync(
        process.execPath,
        [...process.execArgv, fileURLToPath(import.meta.url), '--export', format, '--dir', dir, ...(databaseUrl ? ['--database-url', databaseUrl] : [])],
        { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 },
      );
      exports[format] = JSON.parse(out.trim().split('\n').pop()!);
    }
    console.log(
      JSON.stringify({
        exports,
        auditRight,
        db, dry: dry.ms, apply: apply.ms, applyReused: apply.reused, again: again.ms, cpuMs: { dry: dry.cpuMs, apply: apply.cpuMs, again: again.cpuMs },
        created: apply.counts.members.created, unchanged: again.counts.members.unchanged,
        countsRight: Number(stored!.n) === Number(live!.n) && Number(live!.n) === members, orgsCounted: Number(cells!.n),
        peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
        load: [loadBefore, loadAfter].map((l) => Math.round(l * 10) / 10),
      }),
    );
  } finally {
    if (open) await orm.close();
    if (db === 'postgres') await dropDatabase(pgName);
  }
}

/**
 * In a child of the child: exports the province through ExportService into a file, sampling the
 * process's RSS; prints the rows, the time and the peak RSS growth over the RSS before the export
 * (ORM open, first query done).
 */
async function runExport(format: 'csv' | 'xlsx', dir: string): Promise<void> {
  const databaseUrl = arg('database-url', '') || null;
  const config = loadConfig(benchEnv, { databaseUrl, dataDir: join(dir, 'data'), seedScale: 0 });
  const orm = await openDatabase(config);
  try {
    const em = orm.em.fork() as EntityManager;
    await em.execute(`select count(*) as n from member`);
    const before = process.memoryUsage();
    const base = before.rss;
    let peak = base;
    let heapPeak = before.heapUsed;
    let externalPeak = before.external;
    // Sampling, not waiting: the peak of the resident set (and of the V8 heap and the memory
    // outside it: Buffers, zlib) while the export runs.
    const sample = () => {
      const m = process.memoryUsage();
      peak = Math.max(peak, m.rss);
      heapPeak = Math.max(heapPeak, m.heapUsed);
      externalPeak = Math.max(externalPeak, m.external);
    };
    const sampler = setInterval(sample, 20);
    const { services } = createRequest(em, dialectOfOrm(orm), Access.system());
    const file = join(dir, `export.${format}`);
    const out = createWriteStream(file);
    const closed = new Promise<void>((done, fail) => out.on('close', () => done()).on('error', fail));
    const started = performance.now();
    const rows = await services.dataExport.write(arg('org', 'BI'), {}, format, out);
    if (!out.writableEnded) out.end();
    await closed;
    const ms = Math.round(performance.now() - started);
    clearInterval(sampler);
    sample();
    console.log(
      JSON.stringify({
        rows, ms, mb: Math.round(statSync(file).size / 1e6), rssBeforeMb: Math.round(base / 1e6), rssGrowthMb: Math.round((peak - base) / 1e6),
        heapGrowthMb: Math.round((heapPeak - before.heapUsed) / 1e6), externalGrowthMb: Math.round((externalPeak - before.external) / 1e6),
      }),
    );
  } finally {
    await orm.close();
  }
}

if (exportFormat) {
  await runExport(exportFormat as 'csv' | 'xlsx', arg('dir', ''));
} else if (child) {
  await runChild(child, arg('dir', ''));
} else {
  const dir = arg('dir', '') || mkdtempSync(join(tmpdir(), 'fourgood-bench-import-'));
  try {
    const t0 = performance.now();
    const { cells } = await writeFiles(dir, members);
    console.log(`${members} members in ${cells} cells written in ${Math.round(performance.now() - t0)} ms (${dir})`);
    for (const db of dbs) {
      if (db === 'postgres' && !(await postgresReachable())) {
        console.log('PostgreSQL not reachable: skipped');
        continue;
      }
      const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', db, '--dir', dir, '--members', String(members), ...(skipExport ? ['--no-export'] : []), ...(profile ? ['--profile'] : []), ...(plain ? ['--plain'] : []), '--db-tag', arg('db-tag', ''), '--db-prefix', dbPrefix], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
        maxBuffer: 1 << 20,
      });
      console.log(out.trim().split('\n').pop());
    }
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}
