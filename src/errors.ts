/** @module The one error type the library throws: a literal code plus the facts a message needs. */

export type NewsbriefErrorCode =
  | 'ENOENT'
  | 'EMPTY'
  | 'BINARY'
  | 'DECODE'
  | 'NO_REPORTS'
  | 'BAD_JSONL'
  | 'BAD_OPTION'
  | 'BAD_INPUT'
  | 'TOO_LARGE'
  | 'NOT_ARTICLE'
  | 'FETCH'
  | 'SOLVER'
  | 'TIMEOUT'
  | 'REFUSED';

export interface NewsbriefErrorDetails {
  readonly path?: string;
  readonly url?: string;
  readonly line?: number;
  readonly cause?: unknown;
}

/** Thrown for misuse and bad input. Interfaces map `code` to an exit status or HTTP status. */
export class NewsbriefError extends Error {
  readonly code: NewsbriefErrorCode;
  readonly path: string | undefined;
  readonly url: string | undefined;
  readonly line: number | undefined;

  constructor(code: NewsbriefErrorCode, message: string, details: NewsbriefErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'NewsbriefError';
    this.code = code;
    this.path = details.path;
    this.url = details.url;
    this.line = details.line;
  }
}

export function isNewsbriefError(value: unknown): value is NewsbriefError {
  return value instanceof NewsbriefError;
}

/** The first line of an unexpected error's message (at most 300 characters), for a stored or logged failure reason. */
export function unexpectedMessage(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 300);
}

/**
 * A thrown value as a worker thread posts it: structured clone keeps an Error's message but not its class or code,
 * so the code and details travel beside it and the receiving thread makes the NewsbriefError again.
 */
export interface ClonedError {
  readonly code: NewsbriefErrorCode | null;
  readonly message: string;
  readonly stack: string | undefined;
  readonly path: string | undefined;
  readonly url: string | undefined;
  readonly line: number | undefined;
}

export function toClonedError(error: unknown): ClonedError {
  if (isNewsbriefError(error)) return { code: error.code, message: error.message, stack: error.stack, path: error.path, url: error.url, line: error.line };
  if (error instanceof Error) return { code: null, message: error.message, stack: error.stack, path: undefined, url: undefined, line: undefined };
  return { code: null, message: String(error), stack: undefined, path: undefined, url: undefined, line: undefined };
}

export function fromClonedError(failure: ClonedError): Error {
  const error =
    failure.code === null ? new Error(failure.message) : new NewsbriefError(failure.code, failure.message, { path: failure.path, url: failure.url, line: failure.line });
  if (failure.stack !== undefined) error.stack = failure.stack;
  return error;
}
