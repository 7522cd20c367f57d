// Debian's nginx on loopback for the multi-instance and page-cache tests, run as a process of the test's
// own with the shipped settings (deploy/nginx/), inside the http settings Debian's own nginx.conf gives them
// (sendfile, tcp_nopush). Three fronts: `url` balances round robin over every instance; `split` sends GETs to
// the first instance and posts to the second; `cached` is `url` behind the shipped page cache
// (page-cache-http.conf, page-cache.conf), in a folder of the test's own.
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type Nginx = { url: string; split: string; cached: string; stop: () => Promise<void>; process: ChildProcess };

// Starts nginx listening on `port` (round robin), `port + 1` (split) and `port + 2` (cached) in front of `instances`.
export async function startNginx(port: number, instances: number[]): Promise<Nginx> {
  const dir = mkdtempSync(path.join(tmpdir(), 'lumina-nginx-'));
  chmodSync(dir, 0o755);
  const headers = readFileSync('deploy/nginx/proxy-headers.conf', 'utf8');
  const cacheHttp = readFileSync('deploy/nginx/page-cache-http.conf', 'utf8').replace(
    '/var/cache/nginx/lumina',
    `${dir}/pages`,
  );
  const cache = readFileSync('deploy/nginx/page-cache.conf', 'utf8');
  const servers = (ports: number[]) => ports.map((p) => `server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join(' ');
  const front = (listen: number, pass: string, extra = '') => `server { listen 127.0.0.1:${listen};
    location = /__nginx { return 204; }
    location / { proxy_pass http://${pass}; ${headers} ${extra} add_header X-Upstream $upstream_addr always; } }`;
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `worker_processes 1; error_log ${dir}/error.log warn; pid ${dir}/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off; sendfile on; tcp_nopush on;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fcgi;
  uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  upstream everyone { ${servers(instances)} }
  upstream first { ${servers(instances.slice(0, 1))} }
  upstream second { ${servers(instances.slice(instances.length > 1 ? 1 : 0, 2))} }
  map $request_method $half { POST second; default first; }
  ${front(port, 'everyone')}
  ${front(port + 1, '$half')}
  ${cacheHttp}
  ${front(port + 2, 'everyone', cache)}
}`,
  );
  const child = spawn('/usr/sbin/nginx', ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (d) => (output += String(d)));
  const url = `http://127.0.0.1:${port}`;
  const log = path.join(dir, 'error.log');
  const deadline = Date.now() + 15_000;
  // Asked of nginx itself: a probe through it would mark instances still starting as down.
  while (
    !(await fetch(`${url}/__nginx`).then(
      (r) => r.status === 204,
      () => false,
    ))
  ) {
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`nginx did not start: ${output}${existsSync(log) ? readFileSync(log, 'utf8') : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    split: `http://127.0.0.1:${port + 1}`,
    cached: `http://127.0.0.1:${port + 2}`,
    process: child,
    stop: async () => {
      child.kill('SIGQUIT');
      if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
      if (process.env.KEEP_NGINX_LOG) writeFileSync('/tmp/nginx-error.log', readFileSync(path.join(dir, 'error.log')));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
