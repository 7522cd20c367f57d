// The peer a content page is measured against: a minimal Next.js 16 app, built here in a temporary
// folder with this project's own Next.js, serving the same HTML as a static page (no proxy, no cookies).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root, type Running, waitFor } from './servers';

/** Each page's address and the inner HTML of its <body>. */
export type PeerPages = Record<string, string>;

// The <body> contents of a page the site served, for the peer to serve as its own (without the site's
// scripts, which would be the peer's to load, when measuring JavaScript).
export function bodyOf(html: string, { scripts = true } = {}): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? html;
  return scripts ? body : body.replace(/<script\b[\s\S]*?<\/script>/g, '');
}

// Builds the peer (next build, Turbopack) and starts it with next start on `port`.
export async function startStaticPeer(port: number, pages: PeerPages): Promise<Running & { dir: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'lumina-peer-'));
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
  // Turbopack resolves node_modules through the link only inside its root.
  writeFileSync(path.join(dir, 'next.config.mjs'), `export default { turbopack: { root: ${JSON.stringify(path.parse(dir).root)} } };\n`);
  mkdirSync(path.join(dir, 'app'));
  writeFileSync(path.join(dir, 'app/layout.jsx'), "export default function L({ children }) { return <html lang='en-GB'><body>{children}</body></html>; }\n");
  for (const [address, body] of Object.entries(pages)) {
    const folder = path.join(dir, 'app', address);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'body.json'), JSON.stringify(body));
    writeFileSync(
      path.join(folder, 'page.jsx'),
      "import body from './body.json';\nexport default function P() { return <div dangerouslySetInnerHTML={{ __html: body }} />; }\n",
    );
  }
  const next = path.join(root, 'node_modules/next/dist/bin/next');
  const build = spawnSync(process.execPath, [next, 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) throw new Error(`the peer did not build:\n${build.stdout}\n${build.stderr}`);
  const child = spawn(process.execPath, [next, 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: dir,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}${Object.keys(pages)[0]}`, child);
  return {
    url,
    dir,
    stop: async () => {
      if (child.exitCode === null) await new Promise((r) => (child.once('exit', r), child.kill('SIGTERM')));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
