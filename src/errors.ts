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
