// What the reference pages share with the element: a country's colour on a day, read from the story as the
// element reads it, so that the pages differ only in how they draw.

export const NEUTRAL = '#dde1e5';

/** The first day of a story date: "2006" and "2006-01" both stand for 2006-01-01. */
export function dayOf(date) {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The day the story opens on. */
export function openingDay(story) {
  return dayOf((story.events.find((e) => e.id === story.opening) ?? story.events.at(-1)).date);
}

/**
 * Each country's alignment on `day`: the one whose [from, to) holds the day; where two overlap, the one that
 * began later, as the element decides.
 */
export function alignmentsOn(story, day) {
  const found = new Map();
  for (const a of story.alignments) {
    if (dayOf(a.from) > day || (a.to !== undefined && day >= dayOf(a.to))) continue;
    const held = found.get(a.country);
    if (!held || dayOf(held.from) <= dayOf(a.from)) found.set(a.country, a);
  }
  return found;
}

/** Colours by country id on `day`: the colour of each country's bloc. */
export function coloursOn(story, day) {
  const colour = new Map(story.blocs.map((bloc) => [bloc.id, bloc.colour]));
  const found = new Map();
  for (const [country, a] of alignmentsOn(story, day)) found.set(country, colour.get(a.bloc));
  return found;
}

/** Resolves once what was drawn before it has been painted. */
export function afterPaint() {
  return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
}

/**
 * The timeline as the reader moves it: a native range input with a stop per event, as the element has, so
 * that a step costs every page the same slider. It starts on the opening event; `onStep` gets an event's index.
 */
export function slider(parent, story, onStep) {
  const input = parent.appendChild(document.createElement('input'));
  const opening = story.events.findIndex((e) => e.id === story.opening);
  Object.assign(input, {type: 'range', min: '0', max: String(story.events.length - 1), step: '1'});
  input.value = String(opening < 0 ? story.events.length - 1 : opening);
  input.setAttribute('aria-label', 'Timeline');
  input.addEventListener('input', () => onStep(Number(input.value)));
  return input;
}
