import {describe, expect, it} from 'vitest';
import raw from '../../../data/nato-sco-1996-2024.json';
import {startOf} from '../../../src/model/dates.js';
import {validateStory} from '../../../src/model/validate.js';
import {alignmentsAt, membershipsAt} from '../../../src/timeline/state.js';
import {countries} from '../../helpers/story.js';

const result = validateStory(raw, {countries});
const story = result.story!;
const rolesOn = (day: string, country: string) => membershipsAt(story, day, country).map((m) => `${m.organisation} ${m.role} from ${m.from}`);
const blocOn = (day: string, country: string) => alignmentsAt(story, day).get(country)?.[0]?.bloc;

/** Sources that the fact base's rule says may not be cited alone: encyclopedia mirrors, state media, aggregators, blogs. */
const UNFIT = /wikipedia|piglix|wikimili|wikisum|askvity|friendlywiki|profilbaru|tass\.|sputnik|rt\.com|prepareias|latestly|lokmattimes|devdiscourse|blogspot|wordpress|opoyi|newsghana|news\.az|armenianclub/;

describe('the NATO and SCO story (data/nato-sco-1996-2024.json)', () => {
  it('validates with no errors and no warnings', () => {
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('dates Poland in NATO from 12 March 1999, and not before', () => {
    expect(rolesOn('1999-03-12', '616')).toEqual(['nato member from 1999-03-12']);
    expect(rolesOn('1999-03-11', '616')).toEqual([]);
    expect(blocOn('1999-03-12', '616')).toBe('nato');
  });

  it('dates India an SCO observer from 5 July 2005 and a member from 9 June 2017', () => {
    expect(rolesOn('2005-07-04', '356')).toEqual([]);
    expect(rolesOn('2005-07-05', '356')).toEqual(['sco observer from 2005-07-05']);
    expect(rolesOn('2017-06-08', '356')).toEqual(['sco observer from 2005-07-05']);
    expect(rolesOn('2017-06-09', '356')).toEqual(['sco member from 2017-06-09']);
  });

  it('moves the Shanghai Five into the SCO on 15 June 2001, with Uzbekistan', () => {
    for (const id of ['156', '398', '417', '643', '762']) {
      expect(blocOn('2001-06-14', id), id).toBe('shanghai-five');
      expect(blocOn('2001-06-15', id), id).toBe('sco');
    }
    expect(blocOn('2001-06-14', '860')).toBeUndefined();
    expect(blocOn('2001-06-15', '860')).toBe('sco');
  });

  it('shows Türkiye in both NATO and the SCO from June 2012', () => {
    expect(blocOn('2012-05-31', '792')).toBe('nato');
    expect(blocOn('2012-06-01', '792')).toBe('nato-and-sco');
    expect(rolesOn('2013-01-01', '792')).toEqual(['nato member from 1952', 'sco dialogue partner from 2012-06']);
  });

  it('has Iran join the SCO on 4 July 2023, Finland NATO on 4 April 2023, Sweden on 7 March 2024, Belarus the SCO on 4 July 2024', () => {
    expect(blocOn('2023-07-04', '364')).toBe('sco');
    expect(blocOn('2023-07-03', '364')).toBe('sco-observers');
    expect(blocOn('2023-04-04', '246')).toBe('nato');
    expect(blocOn('2024-03-07', '752')).toBe('nato');
    expect(blocOn('2024-07-04', '112')).toBe('sco');
  });

  it('has only facts: no bloc is an opinion, no quotes, no claims', () => {
    expect(story.blocs.filter((b) => b.opinion)).toEqual([]);
    expect(story.quotes).toEqual([]);
    expect(story.claims).toEqual([]);
  });

  it('cites a source fit to show for every event, alignment and membership', () => {
    const urls = [
      ...story.events.flatMap((e) => e.sources.map((s) => s.url)),
      ...story.alignments.map((a) => a.source.url),
      ...story.memberships.map((m) => m.source.url),
    ];
    for (const event of story.events) expect(event.sources.length, event.id).toBeGreaterThan(0);
    expect(urls.filter((url) => UNFIT.test(url))).toEqual([]);
  });

  it('changes colours only on timeline steps, once the timeline has begun', () => {
    const steps = new Set(story.events.map((e) => startOf(e.date)));
    const first = startOf(story.events[0]!.date);
    for (const a of story.alignments) {
      if (startOf(a.from) >= first) expect(steps.has(startOf(a.from)), `${a.country} ${a.bloc} from ${a.from}`).toBe(true);
      if (a.to) expect(steps.has(startOf(a.to)), `${a.country} ${a.bloc} to ${a.to}`).toBe(true);
    }
  });
});
