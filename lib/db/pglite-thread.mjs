// The embedded database's own thread: PGlite, served over a Unix socket in PostgreSQL's wire protocol
// (pglite-socket). Its work runs here, never on the web server's event loop; plain JavaScript because
// Node loads it directly as a worker, outside any bundle.
import { rmSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const { dir, socketPath, maxConnections } = workerData;

try {
  const db = await PGlite.create(dir);
  rmSync(socketPath, { force: true });
  const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections });
  await server.start();
  parentPort.on('message', async (message) => {
    if (message !== 'close') return;
    await server.stop();
    await db.close();
    parentPort.postMessage({ closed: true });
  });
  parentPort.postMessage({ ready: true });
} catch (error) {
  parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
