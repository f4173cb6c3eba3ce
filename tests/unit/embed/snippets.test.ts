import {describe, expect, it} from 'vitest';
import type {OptionSpec} from '../../../src/embed/query.js';
import {attributeText, iframeSnippet, scriptSnippet, type SnippetInput} from '../../../src/embed/snippets.js';

const specs: OptionSpec[] = [
  {attribute: 'src', type: 'text'},
  {attribute: 'date', type: 'text'},
  {attribute: 'selected', type: 'text'},
  {attribute: 'no-header', type: 'boolean'},
];
const input = (over: Partial<SnippetInput> = {}): SnippetInput => ({
  module: 'https://cdn.example/alignment-map/0.2.0/alignment-map.js',
  page: 'https://news.example/2021/04/lavrov.html',
  attributes: [
    ['date', '2021-04-06'],
    ['selected', '586'],
    ['class', 'wide'],
  ],
  specs,
  title: 'Pakistan & Russia: the "blocks"',
  height: 1171,
  ...over,
});

describe('scriptSnippet(input)', () => {
  it('loads the module the page loaded and writes the element with the view’s attributes only', () => {
    expect(scriptSnippet(input())).toBe(
      '<script type="module" src="https://cdn.example/alignment-map/0.2.0/alignment-map.js"></script>\n<alignment-map date="2021-04-06" selected="586"></alignment-map>',
    );
  });

  it('makes a relative src absolute, writes a boolean bare, and escapes values', () => {
    const html = scriptSnippet(input({attributes: [['src', 'stories/a&b.json'], ['no-header', ''], ['date', '"><script>']]}));
    expect(html).toContain('<alignment-map src="https://news.example/2021/04/stories/a&amp;b.json" no-header date="&quot;&gt;&lt;script&gt;">');
  });
});

describe('iframeSnippet(input)', () => {
  it('frames embed.html beside the module with the view in its query, and adds the resizer beside it', () => {
    expect(iframeSnippet(input())).toBe(
      '<iframe data-alignment-map src="https://cdn.example/alignment-map/0.2.0/embed.html?date=2021-04-06&amp;country=586" ' +
        'title="Pakistan &amp; Russia: the &quot;blocks&quot;" width="100%" height="1180" style="border:0" loading="lazy"></iframe>\n' +
        '<script src="https://cdn.example/alignment-map/0.2.0/embed-resizer.js" async></script>',
    );
  });

  it('gives a map with no attributes a bare page and a first height of at least 300 px', () => {
    expect(iframeSnippet(input({attributes: [], height: 0}))).toMatch(/src="https:\/\/cdn\.example\/alignment-map\/0\.2\.0\/embed\.html" .* height="300"/);
  });
});

describe('attributeText(text)', () => {
  it('escapes what could end an attribute value or start markup', () => {
    expect(attributeText(`a&b"c<d>e'f`)).toBe(`a&amp;b&quot;c&lt;d&gt;e'f`);
  });
});
