import cluster from 'node:cluster';
import { loadConfig, ConfigError } from './config.js';
import { createLogger, processLogger, setProcessLogger } from './ops/log.js';
import { runPrimary, runSingle } from './ops/serve.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  setProcessLogger(logger);
  if (config.workers > 1 && cluster.isPrimary) await runPrimary(config, logger);
  // A worker: the primary ran the migrations and the demo data, and serves the metrics.
  else if (cluster.isWorker) await runSingle({ ...config, seedScale: 0, metricsPort: null }, logger);
  else await runSingle(config, logger);
}

main().catch((error) => {
  if (error instanceof ConfigError) processLogger().fatal(`Configuration error: ${error.message}`);
  else processLogger().fatal({ err: error }, 'start failed');
  process.exit(1);
});
