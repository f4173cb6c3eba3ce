import fc from 'fast-check';
import story from '../../data/lavrov-pakistan-2021.json';

/** Values a hand-edited or hostile story might hold where something else belongs. */
const nasty = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(
    '2017-13-01',
    '2017/06/09',
    '2021-02-29',
    '999',
    '',
    ' ',
    '<img src=x onerror="window.__pwned=1">',
    'javascript:window.__pwned=1',
    '\u202eevil\u200b',
    '#zzzzzz',
    -1,
    1e308,
    null,
    [],
    {},
  ),
);

type Json = unknown;
type Edit = {walk: number[]; op: 'replace' | 'delete' | 'duplicate' | 'shuffle'; value: unknown};

/** One edit of a story: where (a walk of indices into keys), and what to do there. */
const edit: fc.Arbitrary<Edit> = fc.record({
  walk: fc.array(fc.nat(), {minLength: 1, maxLength: 5}),
  op: fc.constantFrom('replace', 'delete', 'duplicate', 'shuffle'),
  value: nasty,
});

function apply(root: Json, {walk, op, value}: Edit): void {
  let node = root as Record<string, Json> | Json[];
  for (let depth = 0; depth < walk.length; depth++) {
    const keys = Object.keys(node);
    if (keys.length === 0) return;
    const key = keys[walk[depth]! % keys.length]!;
    const child = (node as Record<string, Json>)[key];
    const last = depth === walk.length - 1 || typeof child !== 'object' || child === null;
    if (!last) {
      node = child as Record<string, Json>;
      continue;
    }
    if (op === 'replace') (node as Record<string, Json>)[key] = value;
    else if (op === 'delete') Array.isArray(node) ? node.splice(Number(key), 1) : delete (node as Record<string, Json>)[key];
    else if (op === 'duplicate' && Array.isArray(node)) node.push(structuredClone(child));
    else if (op === 'shuffle' && Array.isArray(child)) child.reverse();
    return;
  }
}

/** The built-in story with one to six random edits: mostly almost-valid, the hardest kind of input. */
export const mutatedStory = fc.array(edit, {minLength: 1, maxLength: 6}).map((edits) => {
  const copy = structuredClone(story) as Json;
  for (const e of edits) apply(copy, e);
  return copy;
});

const ids = ['586', '643', '840', '356', '156', '364', '392', '036', '048', '702'];
const day = fc.date({min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true}).map((d) => d.toISOString().slice(0, 10));
const words = fc.string({minLength: 1, maxLength: 40}).filter((s) => s.trim() !== '');
const source = fc.record({label: words, url: fc.webUrl()});

/** A story that is valid by construction: random blocs, events, alignments and quotes over real countries. */
export const validStory = fc
  .record({
    blocs: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e'), {minLength: 1, maxLength: 5}),
    days: fc.uniqueArray(day, {minLength: 1, maxLength: 12}),
    title: words,
    summary: words,
    alignments: fc.array(fc.record({country: fc.constantFrom(...ids), bloc: fc.nat(), from: fc.nat(), length: fc.nat({max: 4})}), {maxLength: 20}),
    quotes: fc.array(fc.record({text: words, countries: fc.subarray(ids, {minLength: 1})}), {maxLength: 5}),
    colour: fc.constantFrom('#d55e00', '#0072b2', '#009e73', '#e69f00'),
    source,
  })
  .map((r) => {
    const days = [...r.days].sort();
    const used = new Set<string>();
    const alignments = r.alignments.flatMap((a) => {
      // One interval a country, so that no generated story overlaps (overlaps are a warning, tested apart).
      if (used.has(a.country)) return [];
      used.add(a.country);
      const from = days[a.from % days.length]!;
      const to = days[(a.from % days.length) + 1 + a.length];
      return [{country: a.country, bloc: r.blocs[a.bloc % r.blocs.length]!, from, ...(to ? {to} : {}), reason: r.summary, source: r.source}];
    });
    return {
      version: 1,
      title: r.title,
      intro: r.summary,
      source: {title: r.title, outlet: 'Outlet', author: 'Author', place: 'Place', url: r.source.url, date: days[0]!},
      blocs: r.blocs.map((id) => ({id, label: `Bloc ${id}`, colour: r.colour, description: r.summary})),
      events: days.map((date, i) => ({id: `e${i}`, date, title: `${r.title} ${i}`, summary: r.summary, countries: [ids[i % ids.length]!], sources: [r.source]})),
      alignments,
      quotes: r.quotes.map((q, i) => ({id: `q${i}`, text: q.text, speaker: 'Someone', role: 'Role', countries: q.countries, eventId: `e${i % days.length}`})),
    };
  });
