import {describe, expect, it} from 'vitest';
import {escapeXml, slideSvg, SYSTEM_FONT} from '../../../src/export/compose.js';
import {layoutSlide} from '../../../src/export/layout.js';

const paint = {paper: '#fff', ink: '#1d232a', muted: '#59636e', font: SYSTEM_FONT};
const map = {viewBox: '0 0 2000 916', markup: '<path d="M0 0l10 0l0 10z" style="fill: #d55e00"/>'};

describe('slideSvg', () => {
  it('slideSvg(layout, map, paint, title) is a document of the slide’s size with the map nested at its box', () => {
    const layout = layoutSlide({width: 1280, height: 720}, {when: 'April 2021', title: 'T', summary: 'S', legend: [], source: 'Src'}, 2000 / 916);
    const svg = slideSvg(layout, map, paint, 'T');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1280" height="720" viewBox="0 0 1280 720"/);
    expect(svg).toContain(`viewBox="0 0 2000 916"`);
    expect(svg).toContain(map.markup);
    expect(svg).toContain('>April 2021</tspan>');
  });
  it('slideSvg escapes story text: a title with markup stays text', () => {
    const title = '<script>alert(1)</script> & "friends"';
    const layout = layoutSlide({width: 1920, height: 1080}, {when: 'w', title, summary: '', legend: [{label: '<b>', fill: 'url("#x")'}], source: ''}, 2);
    const svg = slideSvg(layout, map, paint, title);
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;friends&quot;');
    expect(svg).toContain('fill="url(&quot;#x&quot;)"');
  });
  it('escapeXml escapes the five XML specials', () => expect(escapeXml(`<&>"'`)).toBe('&lt;&amp;&gt;&quot;&apos;'));
});
