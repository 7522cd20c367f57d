// What the server knows about the request being handled, wherever in its async work it is asked:
// its id (for every log line written meanwhile), whether it failed for want of the database, and whether
// its form was refused for a sender over a limit.
import { AsyncLocalStorage } from 'node:async_hooks';

type RequestContext = { requestId: string; databaseUnavailable: boolean; retryAfterS?: number };
type Holder = { luminaRequestContext?: AsyncLocalStorage<RequestContext> };

const storage = ((globalThis as unknown as Holder).luminaRequestContext ??= new AsyncLocalStorage<RequestContext>());

// Called as a request starts (lib/server/access-log.ts): the rest of its handling, all of Next.js's work
// included, runs in this context.
export function enterRequest(requestId: string): RequestContext {
  const context = { requestId, databaseUnavailable: false };
  storage.enterWith(context);
  return context;
}

// The id of the request being handled, if any (a background job has none).
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

// Says the request being handled failed because the database could not be reached: its error page
// is then answered 503 (try again soon), not 500.
export function markDatabaseUnavailable(): void {
  const context = storage.getStore();
  if (context) context.databaseUnavailable = true;
}

// Says the form being handled was refused because its sender is over an hourly limit: a page shown without
// JavaScript in answer is then sent as 429, with Retry-After (lib/errors/failed-page.ts).
export function markSenderLimited(retryAfterS: number): void {
  const context = storage.getStore();
  if (context) context.retryAfterS = retryAfterS;
}
