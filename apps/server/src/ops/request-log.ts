import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { Context } from '../context.js';
import { queryStatsStorage } from '../db/query-stats.js';
import type { Logger } from './log.js';

/** What the log line (and the metrics) of one HTTP request say. Names, ids, codes and counts only. */
export interface RequestRecord {
  id: string;
  method: string;
  /** The path without its query string. */
  path: string;
  /** The GraphQL operation's name as the client named it (a GraphQL name), or null. */
  operation: string | null;
  operationType: string | null;
  userId: number | null;
  /** SQL statements run for the request. */
  statements: number;
  /** extensions.code of each error in the answer. */
  errors: string[];
}

export const currentRequest = new AsyncLocalStorage<RequestRecord>();

/** A request id handed in by a proxy is kept when it is a plain token, else a new one is made. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

export function operationNameOf(raw: unknown): string | null {
  return typeof raw === 'string' && GRAPHQL_NAME.test(raw) ? raw : raw == null ? null : '(invalid name)';
}

/**
 * One log line per request, when its answer is sent or the client leaves: request id (also in
 * the `X-Request-Id` answer header), method, path, status, duration, GraphQL operation, user id,
 * SQL statement count and error codes. No header, cookie, query string, variable or body is
 * logged. Health checks log at `debug`, 503 at `warn`, other 5xx at `error`, so probes do not fill the log. `onDone` sees the record
 * (the metrics).
 */
export function requestLog(logger: Logger, onDone: (record: RequestRecord, status: number, seconds: number) => void = () => undefined): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const incoming = req.get('x-request-id');
    const record: RequestRecord = {
      id: incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID(),
      method: req.method,
      path: req.path,
      operation: null,
      operationType: null,
      userId: null,
      statements: 0,
      errors: [],
    };
    res.setHeader('x-request-id', record.id);
    res.once('close', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const status = res.writableFinished ? res.statusCode : 499;
      onDone(record, status, seconds);
      const line = {
        reqId: record.id,
        method: record.method,
        path: record.path,
        status,
        ms: Math.round(seconds * 10000) / 10,
        ...(record.operationType ? { operation: record.operation ?? '(anonymous)', type: record.operationType } : {}),
        userId: record.userId,
        statements: record.statements,
        ...(record.errors.length ? { errors: record.errors } : {}),
      };
      // 503 is the answer of a server starting or of an unreachable database: a warning; other 5xx are errors.
      if (status >= 500 && status !== 503) logger.error(line, 'request');
      else if (status === 503) logger.warn(line, 'request');
      else if (record.path.startsWith('/health')) logger.debug(line, 'request');
      else logger.info(line, 'request');
    });
    // The record is also the request's statement counter (db/query-stats.ts).
    currentRequest.run(record, () => queryStatsStorage.run(record, next));
  };
}

/** Fills the request's record from Apollo: operation name and type, the signed-in user, error codes. */
export function requestRecordPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, operationName, contextValue }) {
          const record = currentRequest.getStore();
          if (!record) return;
          record.operation = operationNameOf(operationName);
          record.operationType = operation?.operation ?? 'unknown';
          record.userId = contextValue.access.viewer?.userId ?? null;
        },
        async willSendResponse({ response, request, contextValue }) {
          const record = currentRequest.getStore();
          if (!record) return;
          if (!record.operationType) {
            // Refused before the operation was known (parse or validation error).
            record.operation = operationNameOf(request.operationName);
            record.operationType = 'unknown';
          }
          record.userId ??= contextValue.access.viewer?.userId ?? null;
          if (response.body.kind === 'single') {
            for (const error of response.body.singleResult.errors ?? []) record.errors.push(String(error.extensions?.code ?? 'INTERNAL'));
          }
        },
      };
    },
  };
}
