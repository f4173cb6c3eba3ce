// "Textbook D3": the whole d3 bundle, d3.json, and a redraw of every path on each step of the slider (remove,
// then enter/append with the new fills), as many tutorials and quick newsroom maps do.
import * as d3 from 'd3';
import * as topojson from 'topojson-client';
import {afterPaint, coloursOn, dayOf, NEUTRAL, openingDay, slider} from './story.js';

// Tutorials expose d3 for the console; it also means the whole bundle ships, as from a CDN.
window.d3 = d3;

const width = 960;
const height = 467;
const [topology, story] = await Promise.all([d3.json('data/countries-110m.json'), d3.json('data/lavrov-pakistan-2021.json')]);
const countries = topojson.feature(topology, topology.objects.countries).features;
const path = d3.geoPath(d3.geoEqualEarth().fitSize([width, height], {type: 'Sphere'}));
const svg = d3.select('#map').append('svg').attr('viewBox', `0 0 ${width} ${height}`);

function draw(day) {
  const colours = coloursOn(story, day);
  svg.selectAll('path').remove();
  svg
    .selectAll('path')
    .data(countries)
    .enter()
    .append('path')
    .attr('d', path)
    .attr('data-id', (d) => d.id ?? null)
    .attr('fill', (d) => colours.get(d.id) ?? NEUTRAL);
}

draw(openingDay(story));
slider(document.getElementById('map'), story, (i) => draw(dayOf(story.events[i].date)));
await afterPaint();
performance.mark('drawn');
