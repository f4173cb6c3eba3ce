#!/usr/bin/env node
// Builds data/world.json: Natural Earth 1:50m countries (world-atlas), simplified, projected with
// Equal Earth and written as SVG path strings. Projecting at build time means a reader's browser
// downloads neither d3-geo's path machinery nor topojson-client, and the first draw costs little
// more than parsing the data. Run it again after changing any setting below: npm run geometry.
import {readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {geoEqualEarth, geoPath} from 'd3-geo';
import {feature} from 'topojson-client';
import {presimplify, quantile, simplify, sphericalTriangleArea} from 'topojson-simplify';

const require = createRequire(import.meta.url);
const atlasVersion = require('world-atlas/package.json').version;
const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));

/** Settings, with the reason for each. */
const WIDTH = 1000; // viewBox width; the SVG scales to its container, so this is only a unit.
const PRECISION = 2; // coordinates are integers in half units: a third of a pixel at 640 px wide.
const KEEP = 0.08; // share of the 50m file's points kept: borders stay recognisable at 4× a news column.
const ROTATE = -11; // puts the antimeridian cut in the Bering Strait, so Russia stays whole.
const DROP = new Set(['010']); // Antarctica: no part in the story, and it costs a fifth of the height.
const MIN_RING = 0.02; // square units: smaller islands vanish unless they are a country's largest piece.
const DOT_BELOW = 1.5; // square units: countries smaller than this also get a dot so they can be seen and hit.

/** Special administrative regions drawn as part of their state: the story speaks of China, not of its SARs. */
const PART_OF = new Map([
  ['344', '156'], // Hong Kong
  ['446', '156'], // Macao
]);

/**
 * Territories large enough to be seen, keyed to the state they belong to, so that a story can colour them
 * with it. Disputed ones (Falkland Is., W. Sahara) are deliberately absent: they stay neutral.
 */
const SOVEREIGN = {
  '304': '208', // Greenland: Denmark
  '234': '208', // Faeroe Is.: Denmark
  '630': '840', // Puerto Rico: United States
  '540': '250', // New Caledonia: France
  '258': '250', // Fr. Polynesia: France
  '260': '250', // Fr. S. Antarctic Lands: France
};

/**
 * The names a reader sees (tooltip, popup, search, table), where Natural Earth's differ: its labels are
 * abbreviated to fit a printed map ("Bosnia and Herz.", "Dem. Rep. Congo") or outdated ("Turkey", "Macedonia").
 * Abbreviations are written out, renamed states take the short English name they now use (Türkiye, North
 * Macedonia, Eswatini), and the two Congos take the short forms news style uses so that a reader cannot
 * confuse them. A story's own text should use these names (checked by tests/unit/data/names.test.ts). Keyed
 * by Natural Earth's name, so that areas without an id are renamed too.
 */
const NAMES = {
  'Antigua and Barb.': 'Antigua and Barbuda',
  'Bosnia and Herz.': 'Bosnia and Herzegovina',
  'Br. Indian Ocean Ter.': 'British Indian Ocean Territory',
  'British Virgin Is.': 'British Virgin Islands',
  'Cayman Is.': 'Cayman Islands',
  'Central African Rep.': 'Central African Republic',
  Congo: 'Republic of the Congo',
  'Cook Is.': 'Cook Islands',
  'Dem. Rep. Congo': 'DR Congo',
  'Dominican Rep.': 'Dominican Republic',
  'Eq. Guinea': 'Equatorial Guinea',
  eSwatini: 'Eswatini',
  'Faeroe Is.': 'Faroe Islands',
  'Falkland Is.': 'Falkland Islands',
  'Fr. Polynesia': 'French Polynesia',
  'Fr. S. Antarctic Lands': 'French Southern and Antarctic Lands',
  'Heard I. and McDonald Is.': 'Heard Island and McDonald Islands',
  'Indian Ocean Ter.': 'Australian Indian Ocean Territories',
  Macedonia: 'North Macedonia',
  'Marshall Is.': 'Marshall Islands',
  'N. Cyprus': 'Northern Cyprus',
  'N. Mariana Is.': 'Northern Mariana Islands',
  'Pitcairn Is.': 'Pitcairn Islands',
  'S. Geo. and the Is.': 'South Georgia and the South Sandwich Islands',
  'S. Sudan': 'South Sudan',
  'São Tomé and Principe': 'São Tomé and Príncipe',
  'Solomon Is.': 'Solomon Islands',
  'St-Barthélemy': 'Saint Barthélemy',
  'St-Martin': 'Saint Martin',
  'St. Kitts and Nevis': 'Saint Kitts and Nevis',
  'St. Pierre and Miquelon': 'Saint Pierre and Miquelon',
  'St. Vin. and Gren.': 'Saint Vincent and the Grenadines',
  Turkey: 'Türkiye',
  'Turks and Caicos Is.': 'Turks and Caicos Islands',
  'U.S. Virgin Is.': 'US Virgin Islands',
  'United States of America': 'United States',
  Vatican: 'Vatican City',
  'W. Sahara': 'Western Sahara',
  'Wallis and Futuna Is.': 'Wallis and Futuna',
};

/**
 * Other names a reader may type into the search box, by id: former or long names, and common short forms.
 * They find the country; the map never shows them. Written to data/aka.json.
 */
const AKA = {
  '104': ['Burma'],
  '132': ['Cape Verde'],
  '178': ['Congo-Brazzaville'],
  '180': ['Democratic Republic of the Congo', 'Congo-Kinshasa'],
  '203': ['Czech Republic'],
  '336': ['Holy See'],
  '384': ['Ivory Coast'],
  '626': ['East Timor'],
  '748': ['Swaziland'],
  '784': ['UAE'],
  '792': ['Turkey'],
  '807': ['Macedonia'],
  '826': ['UK', 'Britain', 'Great Britain'],
  '840': ['USA', 'US', 'United States of America', 'America'],
};

/**
 * UN member states (ISO 3166-1 numeric), plus the two observer states: only these get a dot when too small
 * to see, so that the sea is not scattered with dots for every dependency. Source: the membership of the
 * UN General Assembly roll calls in Voeten's dataset (CC0), plus Palestine (275) and the Holy See (336).
 */
const STATES = new Set(
  `004 008 012 020 024 028 031 032 036 040 044 048 050 051 052 056 064 068 070 072 076 084 090 096 100
  104 108 112 116 120 124 132 140 144 148 152 156 170 174 178 180 188 191 192 196 203 204 208 212 214
  218 222 226 231 232 233 242 246 250 262 266 268 270 275 276 288 296 300 308 320 324 328 332 336 340
  348 352 356 360 364 368 372 376 380 384 388 392 398 400 404 408 410 414 417 418 422 426 428 430 434
  438 440 442 450 454 458 462 466 470 478 480 484 492 496 498 499 504 508 512 516 520 524 528 548 554
  558 562 566 578 583 584 585 586 591 598 600 604 608 616 620 624 626 634 642 643 646 659 662 670 674
  678 682 686 688 690 694 702 703 704 705 706 710 716 724 728 729 740 748 752 756 760 762 764 768 776
  780 784 788 792 795 798 800 804 807 818 826 834 840 854 858 860 862 882 887 894`.split(/\s+/),
);

const weighted = presimplify(topology, sphericalTriangleArea);
const simplified = simplify(weighted, quantile(weighted, KEEP));
const all = feature(simplified, simplified.objects.countries).features.filter((f) => !DROP.has(f.id));

const projection = geoEqualEarth().rotate([ROTATE, 0]).fitWidth(WIDTH, {type: 'FeatureCollection', features: all});
const planar = geoPath(projection);
const [[, top], [, bottom]] = planar.bounds({type: 'FeatureCollection', features: all});
const pad = 2;
projection.translate([projection.translate()[0], projection.translate()[1] - top + pad]);
const height = Math.ceil(bottom - top + 2 * pad);

/** Drops tiny islands, keeping each country's largest polygon so that no country disappears. */
function prune(geometry) {
  if (geometry.type !== 'MultiPolygon') return geometry;
  const polygons = geometry.coordinates.map((coordinates) => ({coordinates, area: planar.area({type: 'Polygon', coordinates})}));
  const largest = Math.max(...polygons.map((p) => p.area));
  const kept = polygons.filter((p) => p.area >= MIN_RING || p.area === largest).map((p) => p.coordinates);
  return {type: 'MultiPolygon', coordinates: kept};
}

/** A path context that writes relative commands with integer coordinates: short and gzip-friendly. */
function relativePath() {
  let out = '';
  let x = 0;
  let y = 0;
  let started = false;
  const q = (v) => Math.round(v * PRECISION);
  return {
    moveTo(px, py) {
      const [nx, ny] = [q(px), q(py)];
      out += started ? `m${nx - x} ${ny - y}` : `M${nx} ${ny}`;
      [x, y, started] = [nx, ny, true];
    },
    lineTo(px, py) {
      const [nx, ny] = [q(px), q(py)];
      if (nx === x && ny === y) return;
      const dx = nx - x;
      const dy = ny - y;
      out += `l${dx}${dy < 0 ? '' : ' '}${dy}`;
      [x, y] = [nx, ny];
    },
    closePath() {
      out += 'z';
    },
    arc() {},
    result: () => out,
  };
}

/** The centre of a country's largest polygon: where its dot, popup anchor and keyboard walk start. */
function anchorOf(geometry) {
  const polygons = geometry.coordinates.map((coordinates) => ({type: 'Polygon', coordinates}));
  const largest = polygons.reduce((a, b) => (planar.area(b) > planar.area(a) ? b : a));
  return planar.centroid(largest).map((v) => Math.round(v * PRECISION));
}

function pathOf(geometry) {
  const context = relativePath();
  geoPath(projection, context)(geometry);
  return context.result();
}

/**
 * world-atlas gives Australia's id twice (Ashmore and Cartier Is.), and SARs join their state: one country,
 * one path, named after its largest feature that carries the country's own id (Australia, China).
 */
function mergeById(features) {
  const byKey = new Map();
  for (const f of features) {
    const key = PART_OF.get(f.id) ?? f.id ?? `name:${f.properties.name}`;
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const area = f.id === key || !f.id ? planar.area(f) : -1;
    const name = NAMES[f.properties.name] ?? f.properties.name;
    const seen = byKey.get(key) ?? {id: f.id ?? null, name, polygons: [], area: -Infinity};
    seen.polygons.push(...polygons);
    if (area > seen.area) [seen.name, seen.area] = [name, area];
    byKey.set(key, seen);
  }
  return [...byKey.values()];
}

const countries = mergeById(all)
  .sort((a, b) => a.name.localeCompare(b.name, 'en'))
  .map(({id, name, polygons}) => {
    const geometry = prune({type: 'MultiPolygon', coordinates: polygons});
    const area = planar.area(geometry);
    const country = {id, name, d: pathOf(geometry), c: anchorOf(geometry)};
    if (SOVEREIGN[id]) country.sovereign = SOVEREIGN[id];
    if (area < DOT_BELOW && STATES.has(id)) country.dot = true;
    return country;
  });

const [k, [tx, ty]] = [projection.scale(), projection.translate()];
const world = {
  generated: `by scripts/build-geometry.mjs from world-atlas@${atlasVersion} countries-50m.json (Natural Earth 1:50m, public domain); do not edit`,
  width: WIDTH * PRECISION,
  height: height * PRECISION,
  projection: {name: 'equalEarth', rotate: ROTATE, scale: k * PRECISION, translate: [tx * PRECISION, ty * PRECISION]},
  countries,
};
writeFileSync(new URL('../data/world.json', import.meta.url), JSON.stringify(world) + '\n');
// Apart from the map: only the search box, which loads on demand, needs them.
const akaLines = Object.entries(AKA).map(([id, names]) => `  ${JSON.stringify(id)}: ${JSON.stringify(names)}`);
writeFileSync(new URL('../data/aka.json', import.meta.url), `{\n "generated": ${JSON.stringify(world.generated)},\n "aka": {\n${akaLines.join(',\n')}\n }\n}\n`);
const points = countries.reduce((n, c) => n + (c.d.match(/[lL]/g)?.length ?? 0), 0);
console.log(`data/world.json: ${countries.length} countries, ${points} segments, ${countries.filter((c) => c.dot).length} dots, viewBox 0 0 ${world.width} ${world.height}`);
