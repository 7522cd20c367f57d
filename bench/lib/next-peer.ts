// A minimal Next.js 16 app built in a temporary folder with this project's own Next.js: the peer a
// benchmark measures the site against (the static page peer, the server action peer).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root, type Running, waitFor } from './servers';

/** The peer's files by path inside its folder (its root layout is given). */
export type PeerFiles = Record<string, string>;

export type PeerOptions = {
  probePath: string;
  config?: Record<string, unknown>;
  links?: string[];
  env?: Record<string, string>;
};

const LAYOUT =
  "export default function L({ children }) { return <html lang='en-GB'><body>{children}</body></html>; }\n";

// Builds the peer (next build, Turbopack) and starts it with next start on `port`; `links` are
// folders of this project the peer sees as its own (node_modules always).
export async function startNextPeer(
  port: number,
  files: PeerFiles,
  options: PeerOptions,
): Promise<Running & { dir: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'lumina-peer-'));
  for (const link of ['node_modules', ...(options.links ?? [])])
    symlinkSync(path.join(root, link), path.join(dir, link));
  // Turbopack resolves through the links only inside its root.
  const config = { turbopack: { root: path.parse(dir).root }, ...options.config };
  const all: PeerFiles = {
    'package.json': '{ "private": true }\n',
    'next.config.mjs': `export default ${JSON.stringify(config)};\n`,
    'app/layout.jsx': LAYOUT,
    ...files,
  };
  for (const [file, text] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  const next = path.join(root, 'node_modules/next/dist/bin/next');
  const env = { ...process.env, ...options.env, NEXT_TELEMETRY_DISABLED: '1' };
  const build = spawnSync(process.execPath, [next, 'build'], { cwd: dir, encoding: 'utf8', env });
  if (build.status !== 0) throw new Error(`the peer did not build:\n${build.stdout}\n${build.stderr}`);
  const child = spawn(process.execPath, [next, 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: dir,
    env: { ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}${options.probePath}`, child);
  return {
    url,
    dir,
    stop: async () => {
      if (child.exitCode === null) await new Promise((r) => (child.once('exit', r), child.kill('SIGTERM')));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
