// "Careful D3": only d3-geo and topojson-client, the paths built once off the page, and a step (the slider
// moved) that sets `fill` only on the paths whose colour changed.
import {geoEqualEarth, geoPath} from 'd3-geo';
import {feature} from 'topojson-client';
import {afterPaint, coloursOn, dayOf, NEUTRAL, openingDay, slider} from './story.js';

const SVG = 'http://www.w3.org/2000/svg';
const width = 960;
const height = 467;
const load = (url) => fetch(url).then((response) => response.json());
const [topology, story] = await Promise.all([load('data/countries-110m.json'), load('data/lavrov-pakistan-2021.json')]);
const countries = feature(topology, topology.objects.countries).features;
const path = geoPath(geoEqualEarth().fitSize([width, height], {type: 'Sphere'}));

const svg = document.createElementNS(SVG, 'svg');
svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
const paths = countries.map((country) => {
  const element = svg.appendChild(document.createElementNS(SVG, 'path'));
  element.setAttribute('d', path(country));
  if (country.id) element.setAttribute('data-id', country.id);
  return element;
});
const fills = [];

function paint(day) {
  const colours = coloursOn(story, day);
  countries.forEach((country, i) => {
    const fill = colours.get(country.id) ?? NEUTRAL;
    if (fill === fills[i]) return;
    fills[i] = fill;
    paths[i].setAttribute('fill', fill);
  });
}

paint(openingDay(story));
document.getElementById('map').append(svg);
slider(document.getElementById('map'), story, (i) => paint(dayOf(story.events[i].date)));
await afterPaint();
performance.mark('drawn');
