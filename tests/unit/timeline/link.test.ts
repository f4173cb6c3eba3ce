import {describe, expect, it} from 'vitest';
import {linkOf, resolveLink} from '../../../src/timeline/link.js';
import {countries, miniStory} from '../../helpers/story.js';

// The fixture: q1 concerns Russia (643) and Pakistan (586), is spoken in Islamabad at the 2006 step; q2
// concerns Pakistan and has no place. Events: 2001-09-11, 2006, 2017-06-09; the story opens on 2006.
const story = miniStory();
const isCountry = (id: string) => countries.has(id);
const resolve = (link: Parameters<typeof resolveLink>[0]) => resolveLink(link, story, isCountry, '2006-01-01');

describe('resolveLink', () => {
  it('resolveLink opens a named country with a quote that concerns it', () =>
    expect(resolve({date: '2017-06-09', country: '586', quote: 'q1'})).toEqual({view: {date: '2017-06-09', country: '586', quote: 'q1'}, ignored: []}));
  it('resolveLink opens a quote’s pin when no country is named and the pin has spoken', () =>
    expect(resolve({date: '2017-06-09', quote: 'q1'}).view).toEqual({date: '2017-06-09', place: 'islamabad', quote: 'q1'}));
  it('resolveLink opens the quote’s first country before its pin has spoken', () =>
    expect(resolve({date: '2001-09-11', quote: 'q1'}).view).toEqual({date: '2001-09-11', country: '643', quote: 'q1'}));
  it('resolveLink uses the opening day when the link names none', () => expect(resolve({quote: 'q1'}).view).toEqual({place: 'islamabad', quote: 'q1'}));
  it('resolveLink keeps the country and drops a quote that does not concern it', () =>
    expect(resolve({country: '840', quote: 'q1'})).toEqual({view: {country: '840'}, ignored: [{key: 'quote', value: 'q1', reason: 'unknown'}]}));
  it('resolveLink drops an unknown quote', () =>
    expect(resolve({quote: 'nope'})).toEqual({view: {}, ignored: [{key: 'quote', value: 'nope', reason: 'unknown'}]}));
  it('resolveLink drops an unknown country, and a quote then opens its own', () =>
    expect(resolve({country: '999', quote: 'q2'})).toEqual({view: {country: '586', quote: 'q2'}, ignored: [{key: 'country', value: '999', reason: 'unknown'}]}));
  it('resolveLink drops a day before the story’s first event', () =>
    expect(resolve({date: '1999-01-01'})).toEqual({view: {}, ignored: [{key: 'date', value: '1999-01-01', reason: 'unknown'}]}));
  it('resolveLink keeps a day after the last event: the map shows the last one', () =>
    expect(resolve({date: '2099-01-01'}).view).toEqual({date: '2099-01-01'}));
});

describe('linkOf', () => {
  it('linkOf carries a pin by its first quote', () =>
    expect(linkOf({date: '2017-06-09', place: 'islamabad'}, story, '2017-06-09')).toEqual({date: '2017-06-09', country: undefined, quote: 'q1'}));
  it('linkOf carries a country and the quote in view', () =>
    expect(linkOf({country: '586', quote: 'q2'}, story, '2006-01-01')).toEqual({date: undefined, country: '586', quote: 'q2'}));
});
