import {describe, expect, it} from 'vitest';
import {slideText} from '../../../src/export/text.js';
import {en as base} from '../../../src/i18n/strings.js';
import {teaching} from '../../../src/i18n/teaching.js';

const en = {...base, ...teaching(base)};
import {miniStory} from '../../helpers/story.js';

const story = miniStory();
const paint = (bloc: {colour: string}) => bloc.colour;

describe('slideText', () => {
  it('slideText(story, day) gives the event’s date, step, title, summary, groups and source line', () => {
    const text = slideText(story, '2017-06-09', en, paint, '#dde1e5');
    expect(text.when).toBe('9–10 June 2017 · Step 3 of 3');
    expect(text.title).toBe('Third step');
    expect(text.summary).toBe('India turns blue.');
    expect(text.legend).toEqual([
      {label: 'Red group (2)', fill: '#d55e00'},
      {label: 'Blue group (2) · Opinion', fill: '#0072b2'},
      {label: 'Not grouped', fill: '#dde1e5'},
    ]);
    expect(text.source).toBe('Story from Test Outlet, A. Writer. Map: Natural Earth (public domain), via world-atlas. Sources: Source C.');
  });
  it('slideText paints each group as the map does', () => {
    const text = slideText(story, '2001-09-11', en, (b) => `url(#${b.id})`, '#eee');
    expect(text.legend[0]).toEqual({label: 'Blue group (2) · Opinion', fill: 'url(#blue)'});
  });
  it('slideText before the first event says so', () => {
    const text = slideText(story, '1999-01-01', en, paint, '#eee');
    expect([text.title, text.summary, text.when]).toEqual([en.before, '', '1 January 1999']);
  });
});
