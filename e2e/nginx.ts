// Debian's nginx on loopback for the multi-instance tests, run as a process of the test's own with
// the shipped proxy settings (deploy/nginx/proxy-headers.conf). Two fronts: `url` balances round
// robin over every instance; `split` sends GETs to the first instance and posts to the second.
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type Nginx = { url: string; split: string; stop: () => Promise<void>; process: ChildProcess };

// Starts nginx listening on `port` (round robin) and `port + 1` (split) in front of `instances`.
export async function startNginx(port: number, instances: number[]): Promise<Nginx> {
  const dir = mkdtempSync(path.join(tmpdir(), 'lumina-nginx-'));
  chmodSync(dir, 0o755);
  const headers = readFileSync('deploy/nginx/proxy-headers.conf', 'utf8');
  const servers = (ports: number[]) => ports.map((p) => `server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join(' ');
  const front = (listen: number, pass: string) => `server { listen 127.0.0.1:${listen};
    location = /__nginx { return 204; }
    location / { proxy_pass http://${pass}; ${headers} add_header X-Upstream $upstream_addr always; } }`;
  writeFileSync(path.join(dir, 'nginx.conf'), `worker_processes 1; error_log ${dir}/error.log warn; pid ${dir}/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fcgi;
  uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  upstream everyone { ${servers(instances)} }
  upstream first { ${servers(instances.slice(0, 1))} }
  upstream second { ${servers(instances.slice(1, 2))} }
  map $request_method $half { POST second; default first; }
  ${front(port, 'everyone')}
  ${front(port + 1, '$half')}
}`);
  const child = spawn('/usr/sbin/nginx', ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stderr!.on('data', (d) => (output += String(d)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  // Asked of nginx itself: a probe through it would mark instances still starting as down.
  while (!(await fetch(`${url}/__nginx`).then((r) => r.status === 204, () => false))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`nginx did not start: ${output}${readFileSync(path.join(dir, 'error.log'), 'utf8')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    split: `http://127.0.0.1:${port + 1}`,
    process: child,
    stop: async () => {
      child.kill('SIGQUIT');
      if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
      if (process.env.KEEP_NGINX_LOG) writeFileSync('/tmp/nginx-error.log', readFileSync(path.join(dir, 'error.log')));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
