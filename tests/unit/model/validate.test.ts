import {describe, expect, it} from 'vitest';
import {formatIssue} from '../../../src/model/check.js';
import {parseStory} from '../../../src/model/load.js';
import {validateStory} from '../../../src/model/validate.js';
import {countries, miniRaw} from '../../helpers/story.js';

const check = (raw: unknown) => validateStory(raw, {countries});
const messages = (raw: unknown) => check(raw).errors.map(formatIssue);
const warnings = (raw: unknown) => check(raw).warnings.map(formatIssue);

describe('validateStory', () => {
  it('accepts the fixture story with no errors and no warnings', () => {
    const result = check(miniRaw());
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.story?.events.map((e) => e.id)).toEqual(['first', 'second', 'third']);
  });

  it('names the path and the bad value of an impossible date', () => {
    const raw = miniRaw();
    raw.events[2]!['date'] = '2017-13-01';
    expect(messages(raw)).toContain('events[2].date: "2017-13-01" is not a date');
  });

  it('says what form a date takes when the form is wrong', () => {
    const raw = miniRaw();
    raw.events[1]!['date'] = '2017/06/09';
    expect(messages(raw)).toContain('events[1].date: expected YYYY-MM-DD (or YYYY-MM, YYYY), got "2017/06/09"');
  });

  it('reports a country that is not in the map', () => {
    const raw = miniRaw();
    (raw['alignments'] as Record<string, unknown>[])[1]!['country'] = '999';
    expect(messages(raw)).toContain('alignments[1].country: "999" is not a country in the map');
  });

  it('reports unknown bloc, event and place ids', () => {
    const raw = miniRaw();
    (raw['alignments'] as Record<string, unknown>[])[0]!['bloc'] = 'green';
    (raw['quotes'] as Record<string, unknown>[])[0]!['eventId'] = 'sco-2017';
    (raw['quotes'] as Record<string, unknown>[])[0]!['placeId'] = 'delhi';
    expect(messages(raw)).toEqual([
      'alignments[0].bloc: "green" is not a bloc of this story',
      'quotes[0].eventId: "sco-2017" is not an event of this story',
      'quotes[0].placeId: "delhi" is not a place of this story',
    ]);
  });

  it('reports every error at once, not only the first', () => {
    const raw = miniRaw();
    raw.events[0]!['date'] = 'soon';
    raw.events[1]!['title'] = '';
    (raw['blocs'] as Record<string, unknown>[])[0]!['colour'] = 'red';
    expect(messages(raw)).toEqual([
      'blocs[0].colour: expected #rrggbb, got "red"',
      'events[0].date: expected YYYY-MM-DD (or YYYY-MM, YYYY), got "soon"',
      'events[1].title: expected text, got ""',
    ]);
  });

  it('reports duplicate ids with the place of the first one', () => {
    const raw = miniRaw();
    raw.events[2]!['id'] = 'first';
    (raw['quotes'] as Record<string, unknown>[])[1]!['id'] = 'q1';
    expect(messages(raw)).toEqual(['events[2].id: duplicate id "first" (also events[0])', 'quotes[1].id: duplicate id "q1" (also quotes[0])']);
  });

  it('rejects what is not a story at all', () => {
    expect(messages(null)).toEqual(['expected an object, got null']);
    expect(messages([])).toEqual(['expected an object, got a list']);
    expect(messages({version: 2})[0]).toBe('version: expected 1, got 2');
  });

  it('warns of suspicious but legal things', () => {
    const raw = miniRaw();
    const alignments = raw['alignments'] as Record<string, unknown>[];
    alignments[3]!['to'] = '2010';
    alignments.push({...alignments[2], from: '2010'});
    raw.events[0]!['sources'] = [];
    (raw['quotes'] as Record<string, unknown>[])[1]!['countries'] = [];
    raw.events[0]!['eventID'] = 'x';
    expect(warnings(raw)).toEqual([
      'events[0].eventID: unknown field (expected one of: id, date, end, title, summary, countries, sources, background, notes, prompts, keyQuote)',
      'events[0].sources: the event cites no source',
      'alignments[3].to: the interval ends (2010) before it starts (2017-06-09), so it never applies',
      'quotes[1].countries: the quote concerns no country, so no country will show it',
      'alignments[5]: overlaps alignments[2]: "643" in bloc "red" twice at once',
    ]);
  });

  it('lets a country hold two blocs at once, silently', () => {
    const raw = miniRaw();
    const alignments = raw['alignments'] as Record<string, unknown>[];
    alignments.push({...alignments[2], bloc: 'blue', from: '2010'});
    expect(warnings(raw)).toEqual([]);
  });

  it('reads the end of a reduced `to` as the end of its period', () => {
    const raw = miniRaw();
    const alignments = raw['alignments'] as Record<string, unknown>[];
    alignments[0]!['from'] = '2001-09-11';
    alignments[0]!['to'] = '2001';
    alignments[1]!['from'] = '2002';
    expect(warnings(raw)).toEqual([]);
    alignments[0]!['to'] = '2001-09';
    expect(warnings(raw)).toEqual([]);
    alignments[0]!['to'] = '2001-08';
    expect(warnings(raw)).toEqual(['alignments[0].to: the interval ends (2001-08) before it starts (2001-09-11), so it never applies']);
  });

  it('reads `asOf`, `rule`, `side` and a claim’s `speaker`', () => {
    const raw = miniRaw();
    const blocs = raw['blocs'] as Record<string, unknown>[];
    blocs[1]!['asOf'] = '2021-04';
    blocs[1]!['rule'] = {
      named: [{source: {label: 'Source C', url: 'https://example.org/c'}, countries: ['356', '840']}],
      members: [{organisation: 'club', roles: ['member'], on: '2017-06-09'}],
      exceptions: [{country: '586', reason: 'Named elsewhere.'}],
    };
    blocs[0]!['rule'] = {members: [{organisation: 'club', roles: ['observer'], on: '2010'}], fallback: true};
    (raw['organisations'] as Record<string, unknown>[])[0]!['side'] = 'east';
    (raw['claims'] as Record<string, unknown>[])[0]!['speaker'] = 'Unattributed';
    const result = check(raw);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.story?.blocs[1]).toMatchObject({asOf: '2021-04', rule: {exceptions: [{country: '586', reason: 'Named elsewhere.'}]}});
    expect(result.story?.blocs[0]?.rule).toEqual({members: [{organisation: 'club', roles: ['observer'], on: '2010'}], fallback: true});
    expect(result.story?.organisations[0]?.side).toBe('east');
    expect(result.story?.claims[0]?.speaker).toBe('Unattributed');
  });

  it('names the path of every problem in a rule', () => {
    const raw = miniRaw();
    const blocs = raw['blocs'] as Record<string, unknown>[];
    blocs[0]!['rule'] = {
      named: [{source: {label: 'S'}, countries: ['999']}],
      members: [{organisation: 'guild', roles: [], on: '2010-13'}],
      exceptions: [{country: '586'}],
      fallback: 'yes',
    };
    expect(messages(raw)).toEqual([
      'blocs[0].rule.named[0].source.url: required, but missing',
      'blocs[0].rule.named[0].countries[0]: "999" is not a country in the map',
      'blocs[0].rule.members[0].roles: name at least one role',
      'blocs[0].rule.members[0].organisation: "guild" is not an organisation of this story',
      'blocs[0].rule.members[0].on: "2010-13" is not a date',
      'blocs[0].rule.exceptions[0].reason: required, but missing',
      'blocs[0].rule.fallback: expected true or false, got "yes"',
    ]);
  });

  it('warns of a rule that takes in no country, a misspelt role, and `asOf` on a fact', () => {
    const raw = miniRaw();
    const blocs = raw['blocs'] as Record<string, unknown>[];
    blocs[0]!['asOf'] = '2021';
    blocs[0]!['rule'] = {exceptions: []};
    blocs[1]!['rule'] = {members: [{organisation: 'club', roles: ['membre'], on: '2017'}]};
    expect(warnings(raw)).toEqual([
      'blocs[0].rule: the rule takes in no country: give it "named" sources or "members" clauses',
      'blocs[0].asOf: dates an opinion, but the bloc has no "opinion"',
      'blocs[1].rule.members[0].roles[0]: no membership of "club" has the role "membre"',
    ]);
  });

  it('reads memberships whose fields are not text without throwing, while looking for a rule’s roles', () => {
    const raw = miniRaw();
    (raw['memberships'] as unknown[]).push({organisation: {toString: 1}, role: {valueOf: null}});
    expect(() => check(raw)).not.toThrow();
  });

  it('sorts events that are out of order, with a warning', () => {
    const raw = miniRaw();
    raw.events.reverse();
    const result = check(raw);
    expect(result.story?.events.map((e) => e.id)).toEqual(['first', 'second', 'third']);
    expect(result.warnings.map(formatIssue)[0]).toMatch(/^events: events are not in date order/);
  });

  it('warns of a link that is not http(s), which will be shown as text', () => {
    const raw = miniRaw();
    raw.events[0]!['sources'] = [{label: 'Bad', url: 'javascript:alert(1)'}];
    expect(warnings(raw)).toEqual(['events[0].sources[0].url: "javascript:alert(1)" is not an http(s) address, so it is shown as text, not as a link']);
  });

  it('refuses lists over their limit instead of freezing the page', () => {
    const raw = miniRaw();
    raw.events = Array.from({length: 5001}, () => raw.events[0]!);
    expect(messages(raw)).toContain('events: has 5001 entries; the limit is 5000');
  });

  it('defaults the opening to the last event', () => {
    const raw = miniRaw();
    delete raw['opening'];
    expect(check(raw).story?.opening).toBe('third');
  });
});

describe('parseStory', () => {
  it('explains a file that is not JSON, and one that looks like HTML', () => {
    expect(parseStory('{"version": 1,', {countries}).errors[0]?.message).toMatch(/^not valid JSON: /);
    expect(parseStory('<!doctype html><p>Not found', {countries}).errors[0]?.message).toMatch(/it looks like HTML/);
    expect(parseStory('', {countries}).errors[0]?.message).toMatch(/the file is empty/);
  });
  it('refuses a file over the size limit', () => {
    expect(parseStory(' '.repeat(2 * 1024 * 1024 + 1), {countries}).errors[0]?.message).toMatch(/the limit is 2097152/);
  });
});
