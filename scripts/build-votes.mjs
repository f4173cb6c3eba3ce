#!/usr/bin/env node
// Builds data/unga/votes.json, the data of the "UN votes" lens, from data/unga/agreement.json (Erik Voeten's
// UN General Assembly votes, CC0; see data/unga/README.md). It keeps only what the lens draws, as whole per
// cents in arrays, so that the file a reader downloads on demand is a third of the source's size.
// Run it again after replacing agreement.json or the map: npm run votes.
import {readFileSync, writeFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';

const SOURCE = 'data/unga/agreement.json';
const OUT = 'data/unga/votes.json';
const FIRST = 2001;
const LAST = 2019;
/** The three reference states, in the order the lens reads them. */
const REFERENCES = ['us', 'ru', 'cn'];

const agreement = JSON.parse(readFileSync(SOURCE, 'utf8'));
const world = JSON.parse(readFileSync('data/world.json', 'utf8'));
const inMap = new Set(world.countries.map((c) => c.id).filter((id) => id !== null));

// A state the map cannot show (Tuvalu, too small for the 1:50m map) would only cost bytes.
const ids = Object.keys(agreement).filter((id) => inMap.has(id)).sort();
const dropped = Object.keys(agreement).filter((id) => !inMap.has(id));
const years = Array.from({length: LAST - FIRST + 1}, (_, i) => String(FIRST + i));

const extra = Object.values(agreement).flatMap((byYear) => Object.keys(byYear).filter((y) => !years.includes(y)));
if (extra.length) throw new Error(`${SOURCE} has years outside ${FIRST}–${LAST}: ${[...new Set(extra)].join(', ')}`);

/** Per cent, whole: the lens shows "89 %", and the score it draws moves by at most one point. */
const percent = (share) => Math.round(share * 100);

/** One table per measure: a row per country (in `ids` order), a column per year, null where it cast no vote. */
const table = (read) => ids.map((id) => years.map((y) => (agreement[id][y] ? read(agreement[id][y]) : null)));

const out = {
  generated: `by scripts/build-votes.mjs from ${SOURCE} (Erik Voeten, UN General Assembly votes, CC0); do not edit`,
  years: [FIRST, LAST],
  ids,
  ...Object.fromEntries(REFERENCES.map((ref) => [ref, table((row) => percent(row[ref]))])),
  // The fewest votes shared with any of the three: "at least n shared votes with each".
  n: table((row) => Math.min(...REFERENCES.map((ref) => row[`n${ref}`]))),
};

const text = JSON.stringify(out);
writeFileSync(OUT, `${text}\n`);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const source = readFileSync(SOURCE);
console.log(
  `${OUT}: ${ids.length} countries, ${kb(text.length)}, ${kb(gzipSync(text, {level: 9}).length)} gzip ` +
    `(source ${kb(source.length)}, ${kb(gzipSync(source, {level: 9}).length)} gzip); not in the map: ${dropped.join(', ') || 'none'}`,
);
