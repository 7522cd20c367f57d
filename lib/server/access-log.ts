// One log line per request, written when its response is done: its id (also sent back as
// X-Request-Id, and given to the pages through the request's headers), method, loggable path,
// status and duration. The client's address, cookies and query values are never written. A page
// that failed is answered with the site's own error page (lib/errors/failed-page.ts).
import { randomUUID } from 'node:crypto';
import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { env } from '../env';
import { answerFailuresWithOwnPage } from '../errors/failed-page';
import { log } from '../log/logger';
import { enterRequest } from '../log/request-context';
import { safePath } from '../log/safe-path';
import { headersOf, REQUEST_ID_HEADER, requestIdFrom } from '../security/request-facts';

type RequestStart = { request: IncomingMessage; response: ServerResponse };

const flag = globalThis as unknown as { luminaAccessLog?: true };

// Called once at start-up from instrumentation.ts, after the peer stamp (lib/security/peer-stamp.ts).
export function logRequests(): void {
  if (flag.luminaAccessLog) return;
  flag.luminaAccessLog = true;
  subscribe('http.server.request.start', (message) => {
    const { request, response } = message as RequestStart;
    const id = requestIdFrom(headersOf(request.headers), env.TRUSTED_PROXY_HOPS, randomUUID);
    request.headers[REQUEST_ID_HEADER] = id;
    response.setHeader('X-Request-Id', id);
    answerFailuresWithOwnPage(request, response, enterRequest(id));
    const started = process.hrtime.bigint();
    const method = request.method;
    const where = safePath(request.url ?? '/');
    response.once('close', () => {
      const ms = Number((process.hrtime.bigint() - started) / 1_000_000n);
      const line = {
        requestId: id,
        method,
        ...where,
        status: response.statusCode,
        ms,
        finished: response.writableFinished,
      };
      if (response.statusCode >= 500) log.error(line, 'request');
      else log.info(line, 'request');
    });
  });
}
