/** @module Where PGlite keeps its files inside the data directory: a module of its own so the CLI can check a data directory without loading PGlite. */

/** Where PGlite keeps its files inside the data directory, beside our lock file. */
export const PGLITE_SUBDIR = 'pglite';
