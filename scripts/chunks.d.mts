// Types for chunks.mjs, so that TypeScript tests and checks can import it.

/** One file of a built folder: its path relative to the folder (`/` separators), bytes on disk and at gzip -9. */
export interface ChunkSize {
  file: string;
  raw: number;
  gzip: number;
  /** Set on a `.js` file that no import of the entry's graph reaches. */
  unreached?: true;
}

/** The relative specifiers a module's code imports, statically and through `import("…")`. */
export function importsOf(code: string): {static: string[]; dynamic: string[]};

/** The files of a built folder split into the entry's critical path and what loads on demand, with sizes. */
export function chunkSizes(
  dir: string,
  entry?: string,
): {critical: ChunkSize[]; onDemand: ChunkSize[]; criticalGzip: number; onDemandGzip: number};
