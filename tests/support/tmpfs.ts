// A real full disk for tests: a 1 MB tmpfs mounted for the length of one test (root only; CI runs as root).
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** True where a tmpfs can be mounted (Linux, as root). Tests that need one skip elsewhere. */
export const canMountTmpfs = process.platform === 'linux' && process.getuid?.() === 0;

/**
 * Runs `body` with a fresh 1 MB tmpfs mounted at a temporary folder, then unmounts and removes it. Calls `skip`
 * (the test context's) when mounting is refused, as in a container without the capability.
 */
export async function withTmpfs(skip: () => void, body: (folder: string) => Promise<void>): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'redline-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', folder], { stdio: 'ignore' });
  } catch {
    await rm(folder, { recursive: true, force: true });
    skip();
    return;
  }
  try {
    await body(folder);
  } finally {
    execFileSync('umount', [folder], { stdio: 'ignore' });
    await rm(folder, { recursive: true, force: true });
  }
}
