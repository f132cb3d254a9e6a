/**
 * Fault injection for the file layer's atomic write: the real file system with one step made to fail, to write
 * short, to lie about the size, or to "die" (a kill between write and rename: the step throws and nothing is
 * cleaned up). Every path that writes takes these through an `fs` option.
 */
import { nodeAtomicWriteFs, type AtomicWriteFs } from '../../src/formats/atomic-write.node.js';

export type FaultStep = 'open' | 'write' | 'sync' | 'size' | 'close' | 'rename';
export type FaultHow = 'throw' | 'short' | 'lie' | 'kill';

/** One fault: a step, how it fails, and the error code it throws. */
export interface Fault {
  readonly step: FaultStep;
  readonly how: FaultHow;
  readonly code: string;
}

const error = (code: string): Error => Object.assign(new Error(`${code}: injected`), { code });

/** Every step × how × code the suites run: ENOSPC, EACCES, EROFS and EIO at each step, short writes, a lying size, a kill. */
export const FAULTS: readonly Fault[] = [
  ...(['open', 'write', 'sync', 'close', 'rename'] as const).flatMap((step) =>
    ['ENOSPC', 'EACCES', 'EROFS', 'EIO'].map((code) => ({ step, how: 'throw' as const, code })),
  ),
  // A nearly full disk: part of the bytes land, then writes make no progress (the original bug).
  { step: 'write', how: 'short', code: 'ENOSPC' },
  // The file on disk is shorter than the bytes counted.
  { step: 'size', how: 'lie', code: 'EIO' },
  // Killed between write and rename: the temporary file is left behind.
  { step: 'rename', how: 'kill', code: 'KILLED' },
];

/** The real file system with `fault` injected into every atomic write made through it. */
export function faultyFs(fault: Fault): AtomicWriteFs {
  const real = nodeAtomicWriteFs;
  let killed = false;
  return {
    ...real,
    open: async (p, flags, mode) => {
      // Only the temporary file's open fails (numeric flags); the folder's open for its fsync is separate.
      if (fault.step === 'open' && typeof flags === 'number') throw error(fault.code);
      return real.open(p, flags, mode);
    },
    write: async (fh, buf, off, len, pos) => {
      if (fault.step !== 'write') return real.write(fh, buf, off, len, pos);
      if (fault.how === 'throw') throw error(fault.code);
      if (pos > 0) return 0;
      return real.write(fh, buf, off, Math.min(len, 100), pos);
    },
    sync: async (fh) => {
      if (fault.step === 'sync') throw error(fault.code);
      return real.sync(fh);
    },
    size: async (fh) => (fault.step === 'size' ? (await real.size(fh)) - 1 : real.size(fh)),
    close: async (fh) => {
      await real.close(fh);
      if (fault.step === 'close') throw error(fault.code);
    },
    rename: async (from, to) => {
      if (fault.step !== 'rename') return real.rename(from, to);
      if (fault.how === 'kill') killed = true;
      throw error(fault.code);
    },
    // A killed process removes nothing.
    unlink: async (p) => (killed ? undefined : real.unlink(p)),
  };
}

/** Message each fault must produce (a plain sentence, never Node's text). */
export function expectedMessage(fault: Fault): RegExp {
  if (fault.how === 'short') return /disk is full \(nothing was changed\)/;
  if (fault.how === 'lie') return /temporary file holds \d+ bytes, not \d+/;
  if (fault.how === 'kill') return /cannot write .*: injected/;
  return (
    { ENOSPC: /disk is full \(nothing was changed\)/, EACCES: /permission denied: cannot write/, EROFS: /read-only/, EIO: /EIO: injected|cannot write/ } as Record<string, RegExp>
  )[fault.code]!;
}
