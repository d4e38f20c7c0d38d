/** @module Where the scripts find the shared data and the reference scorer (beside the repository, never inside it). */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Compiled scripts live in dist/scripts/…, so the repository root is two levels up and shared/ sits beside it. */
export const SHARED_DIR = fileURLToPath(new URL('../../../../shared/', import.meta.url));
export const SHARED_DATA_DIR = join(SHARED_DIR, 'data');
export const REFERENCE_ROUGE_PY = join(SHARED_DIR, 'tools', 'rouge.py');
/** rouge.py needs NLTK; Debian's python3-nltk installs it for the system interpreter. */
export const PYTHON = '/usr/bin/python3';
