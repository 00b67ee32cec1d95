import { loadConfig, ConfigError } from './config.js';
import { createApp } from './app.js';
import { dialectOf, openDatabase } from './db/orm.js';
import { createLogger, processLogger, setProcessLogger } from './ops/log.js';
import { isDatabaseEmpty, seedDemo } from './seed/index.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  setProcessLogger(logger);
  const orm = await openDatabase(config);
  if (config.seedScale > 0 && (await isDatabaseEmpty(orm))) {
    logger.info({ scale: config.seedScale }, 'empty database: loading the demo data');
    const started = Date.now();
    await seedDemo(orm, { scale: config.seedScale });
    logger.info({ ms: Date.now() - started }, 'demo data loaded');
  }
  const { app, close } = await createApp(config, { orm, logger });
  const server = app.listen(config.port, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const database = dialectOf(config) === 'sqlite' ? `SQLite ${config.dataDir}` : 'PostgreSQL';
    logger.info({ port, database }, `FourGood listening on http://localhost:${port} (GraphQL at /graphql)`);
  });
  const stop = () => {
    server.close(() => void close().then(() => process.exit(0)));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  if (error instanceof ConfigError) processLogger().fatal(`Configuration error: ${error.message}`);
  else processLogger().fatal({ err: error }, 'start failed');
  process.exit(1);
});
