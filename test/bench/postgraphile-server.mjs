/**
 * PostGraphile 5.1.5 for the comparison of `test/bench/postgraphile.ts` (issue #14, item 5). Not
 * part of the repo's dependencies: the harness installs PostGraphile and Node 22 into a cache
 * folder on demand, copies this file there and runs it with that Node, so that its imports
 * resolve from the cache's node_modules.
 *
 *   node server.mjs <connectionString> <port>
 *
 * Amber preset on the `public` schema, the statement counter below, and one relation declared in
 * the config (smart tags): `subtree_count.organization_id` references `organization.id` (the
 * rollup table has no foreign key in the database), so that a child's counts are a nested
 * connection `subtreeCountsByOrganizationId`; and the condition and orders FourGood's lists use
 * (`dissolved_on`, `name_sort`), which PostGraphile offers only on indexed columns by default. Listens on 127.0.0.1 only. Asked 'statements' over
 * the IPC channel, it answers the number of SQL statements sent since the last answer
 * (transaction control and `deallocate` not counted), as FourGood's FOURGOOD_QUERY_STATS counts.
 */
import { createServer } from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { jsonPgSmartTags } from 'postgraphile/utils';

const [connectionString, port] = process.argv.slice(2);
if (!connectionString || !port) {
  console.error('usage: node server.mjs <connectionString> <port>');
  process.exit(2);
}

let statements = 0;
const CONTROL = /^\s*(begin|commit|rollback|deallocate|set |select set_config|release|savepoint)/i;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(config, ...rest) {
  const text = typeof config === 'string' ? config : config?.text;
  if (typeof text === 'string' && !CONTROL.test(text)) statements += 1;
  return query.call(this, config, ...rest);
};

const RelationPlugin = jsonPgSmartTags({
  version: 1,
  config: {
    class: {
      subtree_count: { tags: { foreignKey: '(organization_id) references organization (id)' } },
      // Conditions and orders on columns without an index of their own are off by default:
      // FourGood's children list filters on dissolved_on; its lists order by (name_sort, id).
      organization: { attribute: { dissolved_on: { tags: { behavior: ['+filterBy'] } }, name_sort: { tags: { behavior: ['+orderBy'] } } } },
      member: { attribute: { name_sort: { tags: { behavior: ['+orderBy'] } } } },
    },
  },
});

const pool = new pg.Pool({ connectionString, max: 10 });
const preset = {
  extends: [PostGraphileAmberPreset],
  plugins: [RelationPlugin],
  pgServices: [makePgService({ pool, schemas: ['public'] })],
  grafserv: { watch: false, graphiqlOnGraphQLGET: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
serv.addTo(server);
process.on('message', (message) => {
  if (message === 'statements') {
    process.send?.({ statements });
    statements = 0;
  }
});
await pgl.getSchema();
server.listen(Number(port), '127.0.0.1', () => console.log(`PostGraphile listening on 127.0.0.1:${port} (Node ${process.version})`));
const stop = async () => {
  server.close();
  await pgl.release();
  await pool.end();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
