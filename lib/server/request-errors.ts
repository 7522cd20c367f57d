// What happens to an error a request's rendering or action did not handle (instrumentation.ts's
// onRequestError): one log line with the request's id and the error's digest (the reference its
// error page shows); and when the database could not be reached, the answer becomes 503.
import { isDatabaseUnavailable } from '../db/unavailable';
import { errorText, log } from '../log/logger';
import { markDatabaseUnavailable } from '../log/request-context';
import { safePath } from '../log/safe-path';

type RequestInfo = { path: string; method: string };
type Context = { routePath?: string; routeType?: string };

// Called synchronously by Next.js, before the error page is answered.
export function reportRequestError(error: unknown, request: RequestInfo, context: Context): void {
  const unavailable = isDatabaseUnavailable(error);
  if (unavailable) markDatabaseUnavailable();
  const digest = (error as { digest?: string } | null)?.digest;
  const where = {
    method: request.method,
    ...safePath(request.path),
    route: context.routePath,
    routeType: context.routeType,
  };
  log.error({ ...where, digest, databaseUnavailable: unavailable, error: errorText(error) }, 'A request failed');
}
