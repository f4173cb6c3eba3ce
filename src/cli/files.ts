import {existsSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';

/** A file's text, or why it cannot be read, in one line. */
export function readText(file: string): {text: string} | {error: string} {
  try {
    return {text: readFileSync(file, 'utf8')};
  } catch (error) {
    return {error: `${file}: cannot read: ${(error as Error).message}`};
  }
}

/** The first of `files` that exists, when overwriting was not asked for. */
export function existing(files: readonly string[], force: boolean): string | undefined {
  return force ? undefined : files.find((file) => existsSync(file));
}

/**
 * Writes files whole or not at all: each goes to a temporary file beside it first and is renamed into place,
 * so that a failure (a full disk, a missing folder) never leaves half a story where a page expects one.
 * Returns why it failed, if it did.
 */
export function writeAll(files: ReadonlyMap<string, string>): string | undefined {
  const written: string[] = [];
  try {
    for (const [file, text] of files) {
      const temporary = `${file}.${process.pid}.tmp`;
      written.push(temporary);
      writeFileSync(temporary, text);
    }
    for (const [file] of files) renameSync(`${file}.${process.pid}.tmp`, file);
    return undefined;
  } catch (error) {
    for (const temporary of written) rmSync(temporary, {force: true});
    return (error as Error).message;
  }
}
