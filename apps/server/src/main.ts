import { loadConfig, ConfigError } from './config.js';
import { createApp } from './app.js';
import { dialectOf, openDatabase } from './db/orm.js';
import { isDatabaseEmpty, seedDemo } from './seed/index.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const orm = await openDatabase(config);
  if (config.seedScale > 0 && (await isDatabaseEmpty(orm))) {
    console.log(`Empty database: loading the demo data (scale ${config.seedScale})…`);
    const started = Date.now();
    await seedDemo(orm, { scale: config.seedScale });
    console.log(`Demo data loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const { app, close } = await createApp(config, { orm });
  const server = app.listen(config.port, () => {
    const where = dialectOf(config) === 'sqlite' ? `SQLite ${config.dataDir}` : 'PostgreSQL';
    console.log(`FourGood listening on http://localhost:${config.port} (GraphQL at /graphql, database: ${where})`);
  });
  const stop = () => {
    server.close(() => void close().then(() => process.exit(0)));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
