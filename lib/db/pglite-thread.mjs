// @ts-check
// The embedded database's own thread: PGlite, served over a Unix socket in PostgreSQL's wire protocol
// (pglite-socket). Its work runs here, never on the web server's event loop; plain JavaScript because
// Node loads it directly as a worker, outside any bundle.
import { rmSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** @type {{ dir: string; socketPath: string; maxConnections: number }} */
const { dir, socketPath, maxConnections } = workerData;
if (!parentPort) throw new Error('pglite-thread.mjs runs only as a worker thread');
const parent = parentPort;

try {
  const db = await PGlite.create(dir);
  rmSync(socketPath, { force: true });
  const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections });
  await server.start();
  parent.on('message', async (/** @type {unknown} */ message) => {
    if (message !== 'close') return;
    await server.stop();
    await db.close();
    parent.postMessage({ closed: true });
  });
  parent.postMessage({ ready: true });
} catch (error) {
  parent.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
