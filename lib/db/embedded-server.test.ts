import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeStaleSocketDirs } from './embedded-server';

const made: string[] = [];
const socketDir = (pid: number) => {
  const dir = path.join(tmpdir(), `lumina-pglite-${pid}-test${made.length}`);
  mkdirSync(dir);
  made.push(dir);
  return dir;
};

afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('removeStaleSocketDirs', () => {
  it("removes the socket folder of a server that was killed, and keeps a running one's", () => {
    const finished = spawnSync(process.execPath, ['-e', '0']).pid;
    expect(finished).toBeGreaterThan(0);
    const stale = socketDir(finished);
    const live = socketDir(process.pid);
    removeStaleSocketDirs();
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(live)).toBe(true);
  });
});
