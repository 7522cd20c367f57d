// `npm run bench`: runs every bench/*.bench.ts in turn and prints one table of their figures.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const dir = import.meta.dirname;
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
const rows: Record<string, string | number>[] = [];
let failed = 0;

for (const file of files) {
  console.log(`\n== ${file}`);
  // A benchmark that loads the data layer directly names the flags it needs on a "// node-flags:" line.
  const flags = /^\/\/ node-flags: (.+)$/m.exec(readFileSync(path.join(dir, file), 'utf8'))?.[1]?.split(' ') ?? [];
  const run = spawnSync(process.execPath, [...flags, '--import', 'tsx', path.join(dir, file)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  for (const line of run.stdout.split('\n')) {
    if (line.startsWith('BENCH_RESULT '))
      rows.push(JSON.parse(line.slice('BENCH_RESULT '.length)) as (typeof rows)[number]);
    else if (line) console.log(line);
  }
  if (run.status !== 0) {
    failed++;
    console.log(`${file} failed (exit ${run.status})`);
  }
}

console.log('\n== Summary');
for (const { name, ...figures } of rows) {
  console.log(
    `${String(name).padEnd(28)} ${Object.entries(figures)
      .map(([k, v]) => `${k}: ${v}`)
      .join('   ')}`,
  );
}
if (failed) process.exit(1);
