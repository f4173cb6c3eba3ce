// "Careful D3 with the story": the careful page, plus what a reader sees change on each step, as the element
// shows it: the countries the event involves outlined, the legend's blocs and their counts, the slider's
// spoken value, and the event (date, title, summary, the article's slips and sources) in a polite live
// region. Plain DOM, as a skilled developer writes it by hand: text goes in through `textContent` (story text
// is never HTML), a part that changed is rebuilt with `replaceChildren`, and what did not change is left alone.
import {geoEqualEarth, geoPath} from 'd3-geo';
import {feature} from 'topojson-client';
import {afterPaint, alignmentsOn, dayOf, NEUTRAL, slider} from './story.js';

const SVG = 'http://www.w3.org/2000/svg';
const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const width = 960;
const height = 467;
const load = (url) => fetch(url).then((response) => response.json());
const [topology, story] = await Promise.all([load('data/countries-110m.json'), load('data/lavrov-pakistan-2021.json')]);
const countries = feature(topology, topology.objects.countries).features;
const path = geoPath(geoEqualEarth().fitSize([width, height], {type: 'Sphere'}));
const blocs = new Map(story.blocs.map((bloc) => [bloc.id, bloc]));

const svg = document.createElementNS(SVG, 'svg');
svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
svg.setAttribute('role', 'img');
const paths = countries.map((country) => {
  const element = svg.appendChild(document.createElementNS(SVG, 'path'));
  element.setAttribute('d', path(country));
  if (country.id) element.setAttribute('data-id', country.id);
  return element;
});
const pathOf = new Map(countries.map((country, i) => [country.id, paths[i]]));
const fills = [];
let outlined = [];
let groupsShown = '';

/** A new element with attributes and children; strings become text nodes, never markup. */
function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** "2021", "April 2021", "7 April 2021". */
function formatDate(date) {
  const [y, m, d] = date.split('-');
  if (!m) return y;
  const month = MONTHS[Number(m) - 1];
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** An event's dates: "6–7 April 2021", "24 September – 10 October 2016", or its one date. */
function formatRange(date, end) {
  if (!end || end === date || date.length < 10 || end.length < 10) return formatDate(date);
  if (date.slice(0, 7) === end.slice(0, 7)) return `${Number(date.slice(8))}–${formatDate(end)}`;
  return `${formatDate(date)} – ${formatDate(end)}`;
}

const swatch = (colour) => {
  const span = el('span', {class: 'swatch', 'aria-hidden': 'true'});
  span.style.background = colour;
  return span;
};

function sources(list) {
  const links = list.flatMap((source, i) => {
    // Only web addresses become links: a `javascript:` URL in a story stays text.
    const link = /^https?:\/\//i.test(source.url)
      ? el('a', {href: source.url, target: '_blank', rel: 'noopener noreferrer'}, source.label)
      : el('span', {}, `${source.label} (${source.url})`);
    return i ? [', ', link] : [link];
  });
  return list.length ? [el('p', {class: 'sources'}, el('span', {class: 'label'}, 'Sources'), ': ', ...links)] : [];
}

const legend = el('ul', {class: 'legend', 'aria-label': 'Legend'});
const groups = el('dl');
const caption = el('section', {class: 'caption', 'aria-live': 'polite'});

/** The blocs that hold a country on the day, in the story's order, each with how many it holds. */
function showLegend(alignments) {
  const counts = new Map();
  for (const a of alignments.values()) counts.set(a.bloc, (counts.get(a.bloc) ?? 0) + 1);
  const present = story.blocs.filter((bloc) => counts.has(bloc.id));
  legend.replaceChildren(
    ...present.map((bloc) =>
      el(
        'li',
        {},
        swatch(bloc.colour),
        el('span', {class: 'name'}, bloc.label),
        ' ',
        el('span', {class: 'count'}, String(counts.get(bloc.id))),
        ...(bloc.opinion ? [' ', el('span', {class: 'badge', title: `Opinion: ${bloc.opinion}`}, 'Opinion')] : []),
      ),
    ),
    el('li', {}, swatch(NEUTRAL), el('span', {class: 'name'}, 'Not grouped')),
  );
  // What each group means only changes when a bloc comes or goes, which most steps do not do.
  const key = present.map((bloc) => bloc.id).join();
  if (key === groupsShown) return;
  groupsShown = key;
  groups.replaceChildren(...present.flatMap((bloc) => [el('dt', {}, bloc.label), el('dd', {}, bloc.description, ...(bloc.opinion ? [' ', el('em', {}, `Opinion: ${bloc.opinion}`)] : []))]));
}

function showEvent(event, i, when) {
  const meta = [when, ' · ', `Step ${i + 1} of ${story.events.length}`, ...(event.background ? [' · ', el('span', {class: 'badge'}, 'Background')] : [])];
  const claims = story.claims
    .filter((claim) => claim.eventId === event.id)
    .map((claim) =>
      el(
        'aside',
        {class: 'claim'},
        el('p', {}, el('span', {class: 'label'}, 'The article says'), ': ', el('q', {}, claim.text)),
        el('p', {}, el('span', {class: 'label'}, 'Correction'), ': ', claim.correction),
        ...sources(claim.sources),
      ),
    );
  caption.replaceChildren(el('p', {class: 'when'}, ...meta), el('h3', {}, event.title), el('p', {class: 'summary'}, event.summary), ...claims, ...sources(event.sources));
}

/** Shows event `i`: fills and outlines that changed, the map's name, the legend, the slider's value, the caption. */
function show(i) {
  const event = story.events[i];
  const day = dayOf(event.date);
  const alignments = alignmentsOn(story, day);
  countries.forEach((country, j) => {
    const fill = blocs.get(alignments.get(country.id)?.bloc)?.colour ?? NEUTRAL;
    if (fill === fills[j]) return;
    fills[j] = fill;
    paths[j].setAttribute('fill', fill);
  });
  for (const element of outlined) element.removeAttribute('data-involved');
  outlined = event.countries.map((id) => pathOf.get(id)).filter(Boolean);
  for (const element of outlined) element.setAttribute('data-involved', '');
  svg.setAttribute('aria-label', `World map of blocs on ${formatDate(day)}`);
  showLegend(alignments);
  const when = formatRange(event.date, event.end);
  input.setAttribute('aria-valuetext', `${when}: ${event.title}`);
  showEvent(event, i, when);
}

// Everything is built off the page, then put on it at once: one layout for the first view.
const parts = document.createDocumentFragment();
parts.append(svg, el('div', {class: 'key'}, legend, el('details', {}, el('summary', {}, 'About these groups'), groups)));
const input = slider(parts, story, show);
parts.append(caption);
show(Number(input.value));
document.getElementById('map').append(parts);
await afterPaint();
performance.mark('drawn');
