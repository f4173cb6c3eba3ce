import {describe, expect, it} from 'vitest';
import {alignmentsAt, claimsOf, legendOf, membershipsAt, pinsAt, quotesAbout, stepAt} from '../../../src/timeline/state.js';
import {countryDetails} from '../../../src/timeline/describe.js';
import {en} from '../../../src/i18n/strings.js';
import {miniStory} from '../../helpers/story.js';

const story = miniStory();
const blocOf = (day: string, id: string) => alignmentsAt(story, day).get(id)?.bloc;

describe('stepAt', () => {
  it('stepAt(events, day) is the latest event on or before the day', () => {
    expect(stepAt(story.events, '2001-09-11')).toBe(0);
    expect(stepAt(story.events, '2005-12-31')).toBe(0);
    expect(stepAt(story.events, '2006-01-01')).toBe(1);
    expect(stepAt(story.events, '2030-01-01')).toBe(2);
  });
  it('stepAt is -1 before the first event', () => expect(stepAt(story.events, '1999-01-01')).toBe(-1));
});

describe('alignmentsAt', () => {
  it('alignmentsAt(story, 2001) puts Pakistan in the blue group', () => expect(blocOf('2001-09-11', '586')).toBe('blue'));
  it('alignmentsAt(story, 2006) moves Pakistan to red on the day the interval ends', () => {
    expect(blocOf('2005-12-31', '586')).toBe('blue');
    expect(blocOf('2006-01-01', '586')).toBe('red');
  });
  it('alignmentsAt leaves a country ungrouped before its first interval', () => expect(blocOf('2001-09-11', '356')).toBeUndefined());
  it('alignmentsAt lets the later of two overlapping intervals win', () => {
    const overlapping = {...story, alignments: [...story.alignments, {...story.alignments[2]!, bloc: 'blue', from: '2010'}]};
    expect(alignmentsAt(overlapping, '2012-01-01').get('643')?.bloc).toBe('blue');
    expect(alignmentsAt(overlapping, '2008-01-01').get('643')?.bloc).toBe('red');
  });
  it('legendOf counts the countries of each bloc present', () => {
    expect(legendOf(story, alignmentsAt(story, '2001-09-11')).map((e) => [e.bloc.id, e.count])).toEqual([['blue', 2]]);
    expect(legendOf(story, alignmentsAt(story, '2020-01-01')).map((e) => [e.bloc.id, e.count])).toEqual([['red', 2], ['blue', 2]]);
  });
});

describe('memberships, quotes, claims and pins', () => {
  it('membershipsAt(story, day, India) switches from observer to member role at the interval end', () => {
    expect(membershipsAt(story, '2010-01-01', '356').map((m) => m.role)).toEqual(['observer']);
    expect(membershipsAt(story, '2017-06-09', '356')).toEqual([]);
  });
  it('quotesAbout(story, Pakistan) finds both quotes', () => expect(quotesAbout(story, '586').map((q) => q.id)).toEqual(['q1', 'q2']));
  it('claimsOf(story, second) finds the claim it corrects', () => expect(claimsOf(story, 'second').map((c) => c.id)).toEqual(['c1']));
  it('pinsAt hides a pin until its words have been spoken', () => {
    expect(pinsAt(story, '2001-09-11')).toEqual([]);
    expect(pinsAt(story, '2006-01-01').map((p) => [p.place.id, p.quotes.length])).toEqual([['islamabad', 1]]);
  });
  it('countryDetails describes bloc, memberships with dates, and dated quotes', () => {
    const day = '2017-06-09';
    const details = countryDetails(story, day, '586', alignmentsAt(story, day).get('586'), en);
    expect(details.bloc?.id).toBe('red');
    expect(details.reason).toBe('Drifted.');
    expect(details.memberships).toEqual([{organisation: 'Club', role: 'member', since: 'since 9 June 2017', note: undefined}]);
    expect(details.quotes.map((q) => [q.id, q.when])).toEqual([['q1', '2006'], ['q2', undefined]]);
  });
});
