/** @module Turns zod issues into a 400 body whose message names the field and says what was expected. */
import type { z } from '@hono/zod-openapi';

export interface IssueBody {
  readonly error: string;
  readonly issues: readonly { readonly path: string; readonly message: string }[];
}

/** `target` is where the value came from: json, query, param. */
export function describeIssues(error: z.ZodError, target: string): IssueBody {
  const issues = error.issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(root)', message: issue.message }));
  const first = issues[0];
  const where = target === 'json' ? 'body' : target;
  return {
    error: first === undefined ? `Invalid ${where}` : `Invalid ${where} field "${first.path}": ${first.message}`,
    issues,
  };
}
