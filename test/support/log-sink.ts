import { EventEmitter } from 'node:events';

export type LogLine = Record<string, unknown>;

/**
 * A pino destination that keeps every line the server logs, parsed, and emits an event per line,
 * so that tests wait on lines (a state change the server reports), never on time.
 */
export class LogSink extends EventEmitter {
  lines: LogLine[] = [];
  raw: string[] = [];

  write(text: string): void {
    for (const line of text.split('\n').filter(Boolean)) {
      this.raw.push(line);
      const parsed = JSON.parse(line) as LogLine;
      this.lines.push(parsed);
      this.emit('line', parsed);
    }
  }

  /** The first line from index `from` on that matches `test`, now or when it is written. */
  next(test: (line: LogLine) => boolean, from = 0): Promise<LogLine> {
    const found = this.lines.slice(from).find(test);
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => {
      const listener = (line: LogLine) => {
        if (!test(line)) return;
        this.off('line', listener);
        resolve(line);
      };
      this.on('line', listener);
    });
  }
}
