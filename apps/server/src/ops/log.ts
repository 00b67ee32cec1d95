import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** pino's levels; `silent` logs nothing (the tests' servers). */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * The server's log: one JSON object a line on stdout (pino), with the level as a word, an ISO
 * time and the process id, for a log shipper to read. What goes in is chosen where it is logged:
 * names, ids, codes, counts and durations, never bound values or personal data (README, "Logs").
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
  };
  return destination ? pino(options, destination) : pino(options);
}

let processWide: Logger | null = null;

/** The log of this process outside a request (start-up, the ORM's debug output); main() sets it. */
export function processLogger(): Logger {
  processWide ??= createLogger((process.env.FOURGOOD_LOG_LEVEL as LogLevel | undefined) || 'info');
  return processWide;
}

export function setProcessLogger(logger: Logger): void {
  processWide = logger;
}
