#!/usr/bin/env node
// The command line: `alignment-map validate | new | from-csv | countries`. It runs the element's own
// validator, bundled with the rest into dist/cli.mjs by `npm run build`.
import {existsSync} from 'node:fs';

const cli = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(cli)) {
  console.error('alignment-map: dist/cli.mjs is missing; run `npm run build` first.');
  process.exit(2);
}
const {main} = await import(cli.href);
process.exitCode = main(process.argv.slice(2), console.log, console.error);
