// Starts the servers a benchmark compares: the real site (`next start`) and bare Node baselines.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');

export type Running = { url: string; stop: () => Promise<void> };

// Polls `url` until it answers 2xx, failing early if the server process exits.
export async function waitFor(url: string, child: ChildProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode} before ${url} answered`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

function stopper(child: ChildProcess) {
  return () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
}

// `next start` on DATABASE_URL, or a fresh embedded database; the production build must exist.
export async function startNext(port: number, probePath = '/'): Promise<Running> {
  if (!existsSync(path.join(root, '.next/BUILD_ID'))) throw new Error('Run `npm run build` before the benchmarks.');
  const databaseUrl = process.env.DATABASE_URL || `pglite:${mkdtempSync(path.join(tmpdir(), 'lumina-bench-'))}`;
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'production' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}${probePath}`, child);
  return { url, stop: stopper(child) };
}

// A bare node:http server in its own process (so it does not share a core with the load generator).
export async function startBareHtml(port: number, html: string, contentType: string): Promise<Running> {
  const source = `
    const body = Buffer.from(process.env.BODY, 'base64');
    require('node:http').createServer((req, res) => {
      res.writeHead(200, { 'content-type': process.env.CONTENT_TYPE, 'content-length': body.length });
      res.end(body);
    }).listen(${port}, '127.0.0.1');`;
  const child = spawn(process.execPath, ['-e', source], {
    env: { ...process.env, BODY: Buffer.from(html).toString('base64'), CONTENT_TYPE: contentType },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(url, child);
  return { url, stop: stopper(child) };
}
