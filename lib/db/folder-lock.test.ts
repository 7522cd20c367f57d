import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { currentOwner, FolderLockedError, LOCK_FILE, lockFolder } from './folder-lock';

const dirs: string[] = [];
const folder = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'lumina-lock-'));
  dirs.push(dir);
  return dir;
};
const plant = (dir: string, owner: object | string) =>
  writeFileSync(path.join(dir, LOCK_FILE), typeof owner === 'string' ? owner : JSON.stringify(owner));
const finishedPid = () => spawnSync(process.execPath, ['-e', '0']).pid;

afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('lockFolder', () => {
  it('takes the folder, refuses a second opener naming the holder, and frees it on release', () => {
    const dir = folder();
    const release = lockFolder(dir);
    expect(JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
    expect(() => lockFolder(dir)).toThrow(FolderLockedError);
    expect(() => lockFolder(dir)).toThrow(new RegExp(`in use by process ${process.pid} \\(.+\\) on `));
    release();
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    lockFolder(dir)();
  });

  it('takes over the lock of a process that has died', () => {
    const dir = folder();
    plant(dir, { ...currentOwner(), pid: finishedPid(), start: null });
    const release = lockFolder(dir);
    expect((JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8')) as { pid: number }).pid).toBe(process.pid);
    release();
  });

  it('takes over a lock whose pid now belongs to another process (pid reused after a restart)', () => {
    const dir = folder();
    plant(dir, { ...currentOwner(), start: '1' });
    lockFolder(dir)();
  });

  it('refuses a lock held on another machine, and says how to free it', () => {
    const dir = folder();
    plant(dir, { ...currentOwner(), host: 'another-host' });
    expect(() => lockFolder(dir)).toThrow(`If that process is no longer running, delete ${path.join(dir, LOCK_FILE)}`);
  });

  it('refuses a lock still being written, and takes over one left empty by a killed writer', () => {
    const dir = folder();
    plant(dir, '');
    expect(() => lockFolder(dir)).toThrow(/being opened by another process/);
    const old = new Date(Date.now() - 60_000);
    utimesSync(path.join(dir, LOCK_FILE), old, old);
    lockFolder(dir)();
  });

  it('lets exactly one of several processes racing for a stale lock take it', async () => {
    const dir = folder();
    plant(dir, { ...currentOwner(), pid: finishedPid(), start: null });
    // The winner holds the lock until every process has tried (a winner that exited early would leave a
    // dead holder, which a slow starter may rightly take over).
    const script = `
      import { lockFolder } from ${JSON.stringify(path.resolve('lib/db/folder-lock.ts'))};
      try { lockFolder(${JSON.stringify(dir)}); console.log('won'); setTimeout(() => {}, 60_000); }
      catch (e) { console.log(e.name); }`;
    const children = Array.from({ length: 6 }, () =>
      spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        stdio: ['ignore', 'pipe', 'inherit'],
      }),
    );
    const said = (child: (typeof children)[number]) =>
      new Promise<string>((resolve) => {
        let out = '';
        child.stdout.on('data', (d) => {
          out += String(d);
          if (out.includes('\n')) resolve(out.trim());
        });
        child.on('exit', () => resolve(out.trim()));
      });
    const results = await Promise.all(children.map(said));
    for (const child of children) child.kill();
    expect(results.filter((r) => r === 'won')).toHaveLength(1);
    expect(results.filter((r) => r === 'FolderLockedError')).toHaveLength(5);
  }, 30_000);
});
