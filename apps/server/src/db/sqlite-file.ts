import { join } from 'node:path';
import type { AppConfig } from '../config.js';

/** The embedded database's file (its own module: the backup tools read it without loading the ORM). */
export function sqliteFile(config: Pick<AppConfig, 'dataDir'>): string {
  return join(config.dataDir, 'fourgood.sqlite');
}
