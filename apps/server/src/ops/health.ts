import { Router } from 'express';

/** Where the process is in its life: only `ready` takes traffic. */
export type Phase = 'starting' | 'migrating' | 'seeding' | 'ready' | 'stopping';

export class Readiness {
  constructor(public phase: Phase = 'starting') {}
}

/**
 * `/health/live`: the process answers (a restart helps only when this fails).
 * `/health/ready`: this process should get traffic: started (migrations and demo data done), not
 * stopping, and the database answers `select 1` (503 otherwise, with the phase or the cause).
 * `/health` (kept as it was) checks the database only.
 */
export function healthRoutes(readiness: Readiness, database: string, ping: (() => Promise<unknown>) | null): Router {
  const router = Router();
  router.get('/health/live', (_req, res) => {
    res.set('cache-control', 'no-store').json({ status: 'ok' });
  });
  router.get('/health/ready', async (_req, res) => {
    res.set('cache-control', 'no-store');
    if (readiness.phase !== 'ready' || !ping) {
      res.status(503).json({ status: readiness.phase, database });
      return;
    }
    try {
      await ping();
      res.json({ status: 'ready', database });
    } catch {
      res.status(503).json({ status: 'database unreachable', database });
    }
  });
  return router;
}
