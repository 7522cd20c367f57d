// A page whose rendering failed is answered with the site's own error page, not Next.js's empty
// shell (which shows nothing without JavaScript): 503 with "try again in a moment" when the database
// was out of reach, else 500; either way with the request's id to quote. Like a proxy's error_page.
// And a form shown again without JavaScript because its sender is over an hourly limit is answered 429 with
// Retry-After (an action cannot choose its response's status): the form itself, answers kept, says why.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ERROR_PAGE_CSP, errorPageHtml } from '../security/error-page';
import { headersOf, isPageLoad } from '../security/request-facts';

/** What the request's handling found (lib/log/request-context.ts), read when its response begins. */
type Outcome = { requestId: string; databaseUnavailable: boolean; retryAfterS?: number };

// True for a browser loading a page (not a client-side navigation's RSC fetch, an action or an API call).
function wantsDocument(request: IncomingMessage, response: ServerResponse): boolean {
  const type = String(response.getHeader('content-type') ?? '');
  return (
    ['GET', 'HEAD', 'POST'].includes(request.method ?? '') &&
    isPageLoad(headersOf(request.headers)) &&
    type.startsWith('text/html')
  );
}

type Write = (...args: unknown[]) => unknown;

// Wraps the response so that, when its head is written with a 5xx for a page, this page is sent
// instead; whatever Next.js writes afterwards is dropped. Decided once, at the first write of any kind.
export function answerFailuresWithOwnPage(request: IncomingMessage, response: ServerResponse, failure: Outcome): void {
  const original = {
    writeHead: response.writeHead.bind(response) as Write,
    write: response.write.bind(response) as Write,
    end: response.end.bind(response) as Write,
  };
  let state: 'undecided' | 'pass' | 'own' = 'undecided';
  // Set when a page that would be a 200 goes out as 429 (its sender over a form's limit).
  let limited = false;
  const begin = (res: ServerResponse, status: number) => {
    if (state !== 'undecided') return state;
    // Looked at only for a failure or a refused form, not for every answer that passes through.
    const page = (status >= 500 || (status === 200 && Boolean(failure.retryAfterS))) && wantsDocument(request, res);
    state = status >= 500 && page ? 'own' : 'pass';
    if (state === 'pass') {
      if (page) {
        limited = true;
        res.statusCode = 429;
        res.setHeader('retry-after', String(failure.retryAfterS));
      }
      return state;
    }
    const unavailable = status === 500 && failure.databaseUnavailable;
    const content = unavailable ? UNAVAILABLE(failure.requestId) : FAILED(failure.requestId);
    // A page asked for again is the same request; a form's answers would not be in a link.
    const retry = request.method === 'POST' ? undefined : (request.url ?? '/');
    const body = Buffer.from(
      errorPageHtml({ ...content, retry: retry?.startsWith('/') && !retry.startsWith('//') ? retry : undefined }),
    );
    for (const name of ['content-length', 'content-encoding', 'etag', 'vary', 'x-nextjs-cache', 'x-nextjs-prerender'])
      res.removeHeader(name);
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('content-length', body.length);
    res.setHeader('cache-control', 'no-store');
    res.setHeader('content-security-policy', ERROR_PAGE_CSP);
    if (unavailable) res.setHeader('retry-after', '5');
    original.writeHead(unavailable ? 503 : status);
    if (request.method !== 'HEAD') original.write(body);
    return state;
  };
  response.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    return begin(this, status) === 'pass' ? original.writeHead(limited ? 429 : status, ...rest) : this;
  } as typeof response.writeHead;
  response.write = function (this: ServerResponse, ...args: unknown[]) {
    if (begin(this, this.statusCode) === 'pass') return original.write(...args);
    callbackOf(args)?.();
    return true;
  } as typeof response.write;
  response.end = function (this: ServerResponse, ...args: unknown[]) {
    if (begin(this, this.statusCode) === 'pass') return original.end(...args);
    return original.end(callbackOf(args));
  } as typeof response.end;
}

const callbackOf = (args: unknown[]) => args.find((a): a is () => void => typeof a === 'function');

const UNAVAILABLE = (reference: string) => ({
  title: 'Sorry, this page can’t be shown right now',
  paragraphs: [
    'Our records are briefly out of reach. Nothing you have sent us is lost.',
    'This usually clears within a minute: please try again in a moment.',
  ],
  back: '/',
  backLabel: 'Go to the home page',
  reference,
});

const FAILED = (reference: string) => ({
  title: 'Sorry, something went wrong',
  paragraphs: [
    'Something went wrong on our side while showing this page. Nothing you have sent us is lost.',
    'Please try again in a moment.',
  ],
  back: '/',
  backLabel: 'Go to the home page',
  reference,
});
