/**
 * Failures a user can cause (a missing file, a binary file, a full disk) travel as values, not exceptions,
 * across every boundary: CLI, IPC, worker.
 */
export type Result<T, E extends { readonly code: string; readonly message: string } = AppError> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

/** A user-facing failure: a stable machine `code` and one plain sentence that names the file and the problem. */
export interface AppError {
  readonly code: string;
  readonly message: string;
}

export const ok = <T>(value: T): { readonly ok: true; readonly value: T } => ({ ok: true, value });
export const fail = <E extends AppError>(error: E): { readonly ok: false; readonly error: E } => ({ ok: false, error });
