// Starts the embedded database (PGlite) in a worker thread of this process, reachable over a private
// Unix socket: the site then talks to it exactly as to PostgreSQL, and its work never blocks requests.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { lockFolder, pidExists } from './folder-lock';
import { IN_MEMORY } from '../config/database-url';

export type EmbeddedServer = { socketDir: string; close: () => Promise<void> };

/** PGlite is one session: pglite-socket can interleave several clients, but not the extended query
 * protocol's Parse/Bind/Execute messages safely, so the site's pool keeps to one connection and
 * queues (first come, first served) for it. */
export const EMBEDDED_CONNECTIONS = 1;

// Room for a pool being closed (the migration engine's) beside the site's own; only one is ever busy.
const IDLE_ALLOWANCE = 4;

type Reply = { ready?: true; closed?: true; error?: string };

// Not a bundled module: resolved from the project folder, where `next start` and the tests run.
const THREAD = path.join(process.cwd(), 'lib/db/pglite-thread.mjs');

const SOCKET_DIR = /^lumina-pglite-(\d+)-/;

// A server that was killed could not remove its socket folder; the next one to start does.
export function removeStaleSocketDirs() {
  for (const name of readdirSync(tmpdir())) {
    const pid = Number(SOCKET_DIR.exec(name)?.[1]);
    if (pid && !pidExists(pid)) rmSync(path.join(tmpdir(), name), { recursive: true, force: true });
  }
}

// One thread per data folder, and one process per folder (its lock, refused with the holder's name);
// the socket lives in a fresh private (0700) temporary folder named after this process.
export async function startEmbeddedServer(dir: string): Promise<EmbeddedServer> {
  const unlock = dir.startsWith(IN_MEMORY) ? () => {} : lockFolder(dir);
  try {
    return await startThread(dir, unlock);
  } catch (error) {
    unlock();
    throw error;
  }
}

async function startThread(dir: string, unlock: () => void): Promise<EmbeddedServer> {
  removeStaleSocketDirs();
  const socketDir = mkdtempSync(path.join(tmpdir(), `lumina-pglite-${process.pid}-`));
  const socketPath = path.join(socketDir, '.s.PGSQL.5432');
  const worker = new Worker(THREAD, { workerData: { dir, socketPath, maxConnections: IDLE_ALLOWANCE } });
  const reply = () =>
    new Promise<Reply>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  const first = await reply();
  if (!first.ready) {
    await worker.terminate();
    rmSync(socketDir, { recursive: true, force: true });
    throw new Error(`The embedded database in ${dir} did not start: ${first.error ?? 'no reason given'}`);
  }
  // The thread must not keep a finished test or script alive; the server keeps the process alive anyway.
  worker.unref();
  // The logger is loaded only now: scripts (db:migrate) use this module without the site's environment.
  worker.on(
    'error',
    (error) =>
      void import('../log/logger').then(({ log }) =>
        log.fatal({ error: error.message }, "The embedded database's thread stopped"),
      ),
  );
  const removeSocket = () => {
    rmSync(socketDir, { recursive: true, force: true });
    unlock();
  };
  process.once('exit', removeSocket);
  return {
    socketDir,
    close: async () => {
      worker.postMessage('close');
      await reply().catch(() => undefined);
      await worker.terminate();
      process.off('exit', removeSocket);
      removeSocket();
    },
  };
}
