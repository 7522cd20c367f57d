// The Quick Enquiry server action under 50 concurrent clients (BENCH_CONNECTIONS), on PGlite and on PostgreSQL, against
// two peers doing the same zod validation and one insert: a minimal Next.js server action (the target: the site
// reaches at least half its submissions/s) and a bare node:http handler. Submissions per second, p99, ratios.
// Every submission is a real no-JavaScript form post (multipart, with the action fields Next.js renders
// into the form) carrying a freshly signed form token; zero errors are allowed.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { startActionPeer } from './lib/action-peer';
import { CONNECTIONS, DURATION_S, report } from './lib/load';
import { root, type Running, startNext } from './lib/servers';
import { parseDatabaseUrl } from '../lib/config/database-url';
import { openDatabase } from '../lib/db/adapters';
import { applyMigrations } from '../lib/db/migrate';
import { issueFormToken } from '../lib/forms/form-token';
import { createTestDatabase } from '../lib/testing/test-database';

const SECRET = 'bench-form-secret-0123456789-0123456789';
Object.assign(process.env, {
  FORM_SECRET: SECRET,
  FORM_MIN_FILL_MS: '0',
  FORM_LIMIT_PER_IP: '1000000000',
  FORM_LIMIT_PER_EMAIL: '1000000000',
});

let seq = 0;
const fields = () => ({
  name: 'Ada Lovelace',
  email: `bench.${process.pid}.${++seq}@example.co.uk`,
  phone: '01732 123456',
  company: 'Analytical Engines Ltd',
  message: 'Our electricity contract ends in March. Can you find us a better rate?',
  preferredContact: 'EMAIL',
});

function multipart(values: Record<string, string>) {
  const boundary = `----lumina${seq}`;
  const parts = Object.entries(values).map(
    ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
  );
  return { body: `${parts.join('')}--${boundary}--\r\n`, type: `multipart/form-data; boundary=${boundary}` };
}

type Figures = { rps: number; p99: number; ok: number; bad: number; kinds: string };

async function run(
  url: string,
  makeRequest: () => { body: string; headers: Record<string, string> },
): Promise<Figures> {
  const opts = { url, connections: CONNECTIONS, method: 'POST' as const };
  // A fresh body for every request (new email, new signed token): nothing is replayed.
  const request = (req: autocannon.Request) => ({ ...req, ...makeRequest(), method: 'POST' as const });
  await autocannon({ ...opts, duration: 1, requests: [{ setupRequest: request }] });
  const r = await autocannon({ ...opts, duration: DURATION_S, requests: [{ setupRequest: request }] });
  const ok = r['3xx'];
  // Which kind of failure, when there are any: connection errors, timeouts, or answers other than the redirect.
  const kinds = Object.entries({
    errors: r.errors,
    timeouts: r.timeouts,
    '2xx (form shown again)': r['2xx'],
    '4xx': r['4xx'],
    '5xx': r['5xx'],
  })
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  return {
    rps: r.requests.average,
    p99: r.latency.p99,
    ok,
    bad: r.errors + r.timeouts + r['1xx'] + r['2xx'] + r['4xx'] + r['5xx'],
    kinds,
  };
}

// The hidden fields Next.js renders into the no-JavaScript form (the action reference and its bound state).
async function actionFields(base: string): Promise<Record<string, string>> {
  // Both the site's form and the peer's are at /contact.
  const html = await (await fetch(`${base}/contact`)).text();
  const hidden = [...html.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?/g)];
  if (!hidden.length) throw new Error('no server action fields found on /contact');
  return Object.fromEntries(hidden.map((m) => [m[1]!, (m[2] ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&')]));
}

async function startBare(port: number, databaseUrl: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'bench/lib/bare-enquiry-server.ts')], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => d.toString().includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`baseline exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}/`, stop: () => void child.kill('SIGTERM') };
}

// A no-JavaScript post of the form at `server`'s /contact, with a fresh token and email each time, and
// every field the site's form sends.
async function postForm(server: Running) {
  const action = await actionFields(server.url);
  return run(`${server.url}/contact`, () => {
    const sent = { ...action, ...fields(), formToken: issueFormToken(SECRET), website: '' };
    const { body, type } = multipart(sent);
    return { body, headers: { 'content-type': type, origin: server.url } };
  });
}

// Applies the migrations to a database the peer will use (it does no more than insert).
async function migrate(databaseUrl: string) {
  const { factory, close } = await openDatabase(parseDatabaseUrl(databaseUrl));
  await applyMigrations(factory);
  await close();
}

async function lane(name: string, db: { site: string; peer: string; bare: string }, cleanup: () => Promise<void>) {
  const bare = await startBare(3411, db.bare);
  const urlencoded = { 'content-type': 'application/x-www-form-urlencoded' };
  const baseline = await run(bare.url, () => ({ body: new URLSearchParams(fields()).toString(), headers: urlencoded }));
  bare.stop();
  await migrate(db.peer);
  const peerServer = await startActionPeer(3413, db.peer);
  const peer = await postForm(peerServer);
  await peerServer.stop();
  process.env.DATABASE_URL = db.site;
  const next = await startNext(3412, '/contact');
  const site = await postForm(next);
  await next.stop();
  await cleanup();
  for (const [who, r] of [
    ['bare node:http', baseline],
    ['Next.js action', peer],
    ['site action', site],
  ] as const) {
    const failures = r.kinds ? ` (${r.kinds})` : '';
    console.log(
      `${name.padEnd(9)} ${who.padEnd(15)} ${r.rps.toFixed(0).padStart(6)} submissions/s   p99 ${r.p99} ms   stored ${r.ok}   errors ${r.bad}${failures}`,
    );
  }
  report(`enquiry action (${name})`, {
    'subm/s': Math.round(site.rps),
    'p99 ms': site.p99,
    'peer subm/s': Math.round(peer.rps),
    'vs peer (target 0.5)': (site.rps / peer.rps).toFixed(2),
    'bare subm/s': Math.round(baseline.rps),
    'vs bare': (site.rps / baseline.rps).toFixed(2),
    errors: site.bad + peer.bad + baseline.bad,
  });
  if (site.bad || peer.bad || baseline.bad || !site.ok || !peer.ok) process.exitCode = 1;
}

const dir = (tag: string) => `pglite:${mkdtempSync(path.join(tmpdir(), `lumina-bench-${tag}-`))}`;
console.log(`${CONNECTIONS} concurrent clients, ${DURATION_S} s per run`);
await lane('PGlite', { site: dir('site'), peer: dir('peer'), bare: dir('bare') }, async () => {});
process.env.TEST_DB = 'postgres';
// Each server on a database of its own, as on PGlite: none inherits the rows (or the vacuuming) of a run before it.
const pg = await Promise.all([1, 2, 3].map(() => createTestDatabase()));
const urls = pg.map(({ config }) => {
  if (config.kind !== 'postgres') throw new Error('expected PostgreSQL');
  return config.url;
});
await migrate(urls[0]!);
await lane('Postgres', { site: urls[0]!, peer: urls[1]!, bare: urls[2]! }, async () => {
  await Promise.all(pg.map((db) => db.close()));
});
