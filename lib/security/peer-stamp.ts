// Next.js keeps a client's own X-Forwarded-For and never says which socket a request came on; this
// stamps the socket's address and scheme on every request, before Next.js or the proxy sees it,
// overwriting whatever a client sent under those names; and the method, which proxy.ts refuses if unused
// (and its matcher reads: only a GET or HEAD may skip it).
import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { METHOD_HEADER, PEER_HEADER, PEER_PROTO_HEADER } from './request-facts';

// Methods Node.js's fetch will not build a Request for: Next.js would answer them with a 500.
const UNBUILDABLE = new Set(['CONNECT', 'TRACE', 'TRACK']);

type RequestStart = { request: IncomingMessage; socket: Socket & { encrypted?: boolean } };

const flag = globalThis as unknown as { luminaPeerStamp?: true };

// Called once at start-up from instrumentation.ts (Node's own hook, run before each request is handled).
export function stampPeerOnRequests(): void {
  if (flag.luminaPeerStamp) return;
  flag.luminaPeerStamp = true;
  subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as RequestStart;
    request.headers[PEER_HEADER] = socket.remoteAddress ?? '';
    request.headers[PEER_PROTO_HEADER] = socket.encrypted ? 'https' : 'http';
    request.headers[METHOD_HEADER] = request.method ?? '';
    if (UNBUILDABLE.has(request.method ?? '')) request.method = 'GET';
  });
}
