import {describe, expect, it} from 'vitest';
import {alignmentOf, alignmentsAt, claimsOf, legendOf, membershipsAt, overlapsAt, pinsAt, quotesAbout, staleOpinions, stepAt} from '../../../src/timeline/state.js';
import {countryDetails} from '../../../src/timeline/describe.js';
import {en} from '../../../src/i18n/strings.js';
import {miniStory} from '../../helpers/story.js';

const story = miniStory();
const blocOf = (day: string, id: string) => alignmentsAt(story, day).get(id)?.[0]?.bloc;
const blocsOf = (s: typeof story, day: string, id: string) => alignmentsAt(s, day).get(id)?.map((a) => a.bloc);

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
  it('alignmentsAt keeps every bloc a country holds at once, the most recent `from` first', () => {
    const both = {...story, alignments: [...story.alignments, {...story.alignments[2]!, bloc: 'blue', from: '2010'}]};
    expect(blocsOf(both, '2012-01-01', '643')).toEqual(['blue', 'red']);
    expect(blocsOf(both, '2008-01-01', '643')).toEqual(['red']);
  });
  it('alignmentsAt breaks a tie of `from` by putting the later one in the file first', () => {
    const tied = {...story, alignments: [...story.alignments, {...story.alignments[2]!, bloc: 'blue'}]};
    expect(blocsOf(tied, '2012-01-01', '643')).toEqual(['blue', 'red']);
  });
  it('alignmentsAt lets a reduced `to` cover its whole year', () => {
    const reduced = {...story, alignments: [{...story.alignments[0]!, to: '2005'}]};
    expect(blocsOf(reduced, '2005-12-31', '586')).toEqual(['blue']);
    expect(blocsOf(reduced, '2006-01-01', '586')).toBeUndefined();
  });
  it('alignmentOf gives a territory its sovereign state’s alignments, and nothing to a country without an id', () => {
    const day = alignmentsAt(story, '2020-01-01');
    expect(alignmentOf(day, {id: '304', sovereign: '840'}).map((a) => a.bloc)).toEqual(['blue']);
    expect(alignmentOf(day, {id: '586'}).map((a) => a.bloc)).toEqual(['red']);
    expect(alignmentOf(day, {id: null})).toEqual([]);
    expect(alignmentOf(day, {id: '156'})).toEqual([]);
  });
  it('legendOf counts the countries of each bloc present', () => {
    expect(legendOf(story, alignmentsAt(story, '2001-09-11')).map((e) => [e.bloc.id, e.count])).toEqual([['blue', 2]]);
    expect(legendOf(story, alignmentsAt(story, '2020-01-01')).map((e) => [e.bloc.id, e.count])).toEqual([['red', 2], ['blue', 2]]);
  });
  it('legendOf counts a country in every bloc it holds, once each', () => {
    const both = {...story, alignments: [...story.alignments, {...story.alignments[2]!, bloc: 'blue', from: '2010'}]};
    expect(legendOf(both, alignmentsAt(both, '2020-01-01')).map((e) => [e.bloc.id, e.count])).toEqual([['red', 2], ['blue', 3]]);
  });
});

describe('staleOpinions', () => {
  const dated = {...story, blocs: story.blocs.map((b) => (b.opinion ? {...b, asOf: '2017-06'} : b))};
  it('staleOpinions is empty while the opinion is current', () => expect(staleOpinions(dated, '2017-06-30')).toEqual([]));
  it('staleOpinions names an opinion bloc shown after its `asOf` period', () =>
    expect(staleOpinions(dated, '2017-07-01').map((b) => b.id)).toEqual(['blue']));
  it('staleOpinions ignores an opinion that colours no country that day', () => {
    const gone = {...dated, alignments: dated.alignments.filter((a) => a.bloc !== 'blue')};
    expect(staleOpinions(gone, '2020-01-01')).toEqual([]);
  });
  it('staleOpinions ignores blocs without `asOf` and facts', () => expect(staleOpinions(story, '2030-01-01')).toEqual([]));
});

describe('overlapsAt', () => {
  const sided = {
    ...story,
    organisations: [
      {id: 'club', label: 'The Club', short: 'Club', side: 'east'},
      {id: 'pact', label: 'The Pact', short: 'Pact', side: 'west'},
      {id: 'league', label: 'The League', short: 'League'},
    ],
    memberships: [
      ...story.memberships,
      {country: '356', organisation: 'pact', role: 'member', from: '2007', to: '2008', source: story.memberships[0]!.source},
      {country: '586', organisation: 'pact', role: 'ally', from: '2004', source: story.memberships[0]!.source},
      {country: '586', organisation: 'league', role: 'member', from: '2004', source: story.memberships[0]!.source},
    ],
  };
  it('overlapsAt finds every country whose memberships span two sides, with those memberships', () => {
    const found = overlapsAt(sided, '2017-06-09');
    expect([...found.keys()]).toEqual(['586']);
    expect(found.get('586')?.map((m) => m.organisation)).toEqual(['club', 'pact']);
  });
  it('overlapsAt counts any tier of an organisation, and a reduced end date covers its year', () => {
    expect([...overlapsAt(sided, '2008-12-31').keys()]).toEqual(['356']);
    expect([...overlapsAt(sided, '2009-01-01').keys()]).toEqual([]);
  });
  it('overlapsAt ignores organisations without a side', () => expect(overlapsAt(sided, '2005-01-01').size).toBe(0));
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
    const details = countryDetails(story, day, '586', alignmentsAt(story, day).get('586') ?? [], en);
    expect(details.bloc?.id).toBe('red');
    expect(details.reason).toBe('Drifted.');
    expect(details.blocs.map((b) => b.bloc.id)).toEqual(['red']);
    expect(details.memberships).toEqual([{organisation: 'Club', role: 'member', since: 'since 9 June 2017', note: undefined, side: undefined}]);
    expect(details.overlap).toEqual([]);
    expect(details.quotes.map((q) => [q.id, q.when])).toEqual([['q1', '2006'], ['q2', undefined]]);
  });
});
