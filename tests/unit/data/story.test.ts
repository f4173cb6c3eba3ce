import {existsSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import raw from '../../../data/lavrov-pakistan-2021.json';
import {endOf, startOf} from '../../../src/model/dates.js';
import {validateStory} from '../../../src/model/validate.js';
import {alignmentsAt, dayOf, overlapsAt, quotesAbout, staleOpinions} from '../../../src/timeline/state.js';
import {countries} from '../../helpers/story.js';

const result = validateStory(raw, {countries});
const story = result.story!;
const blocsOn = (day: string, ids: string[]) => ids.map((id) => alignmentsAt(story, day).get(id)?.[0]?.bloc);
const dayOfEvent = (id: string) => dayOf(story.events.find((e) => e.id === id)!);

describe('the built-in story (data/lavrov-pakistan-2021.json)', () => {
  it('validates with no errors and no warnings', () => {
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('cites the article it retells', () => {
    expect(story.source.url).toBe('https://despardes.com/lavrov-from-russia-with-love-visits-pakistan/');
    expect(story.source.title).toBe('Lavrov From Russia With Love Visits Pakistan');
  });

  it('has the story’s key events, each dated and sourced', () => {
    const dates = story.events.map((e) => e.date);
    for (const date of ['2000-03-19', '2001-06-15', '2001-09-11', '2001-10-07', '2003-03-20', '2005-07-05', '2008-10-10', '2012-10-03', '2014-11-20', '2016-09-24', '2017-06-09', '2017-11-12', '2021-03-12', '2021-04-06', '2023-07-04'])
      expect(dates, date).toContain(date);
    expect(story.events.length).toBeGreaterThanOrEqual(14);
    for (const event of story.events) expect(event.sources.length, event.id).toBeGreaterThan(0);
  });

  it('labels the official’s three groups as opinion', () => {
    for (const id of ['eastern', 'western', 'undecided']) expect(story.blocs.find((b) => b.id === id)?.opinion, id).toBeTruthy();
  });

  it('changes colours only on timeline steps', () => {
    const steps = new Set(story.events.map((e) => startOf(e.date)));
    for (const a of story.alignments) {
      expect(steps.has(startOf(a.from)), `${a.country} ${a.bloc} from ${a.from}`).toBe(true);
      if (a.to) expect(steps.has(endOf(a.to)), `${a.country} ${a.bloc} to ${a.to}`).toBe(true);
    }
  });

  it('moves Pakistan and Russia from aiding US operations to the Eastern block with China and Iran', () => {
    const bases = dayOf(story.events.find((e) => e.id === 'pakistan-opens-bases')!);
    expect(blocsOn(bases, ['586', '643', '840'])).toEqual(['us-operations', 'us-operations', 'us-operations']);
    const visit = dayOf(story.events.find((e) => e.id === story.opening)!);
    expect(blocsOn(visit, ['156', '643', '364', '586'])).toEqual(['eastern', 'eastern', 'eastern', 'eastern']);
    expect(blocsOn(visit, ['840', '356', '392', '036'])).toEqual(['western', 'western', 'western', 'western']);
  });

  it('shows Pakistan both aiding US operations and uneasy in 2008, and Russia both in 2010', () => {
    const held = (day: string, id: string) => alignmentsAt(story, day).get(id)?.map((a) => a.bloc).sort();
    expect(held('2008-10-10', '586')).toEqual(['uneasy', 'us-operations']);
    expect(held('2009-07-06', '643')).toEqual(['uneasy', 'us-operations']);
  });

  it('marks India, Pakistan, Türkiye and Afghanistan alike as overlaps on the day of the visit', () => {
    const visit = dayOfEvent(story.opening);
    expect([...overlapsAt(story, visit).keys()].sort()).toEqual(['004', '356', '586', '792']);
  });

  it('says after April 2021 that the official’s blocks are his April 2021 view', () => {
    expect(staleOpinions(story, dayOfEvent(story.opening))).toEqual([]);
    expect(staleOpinions(story, dayOfEvent('iran-joins-sco')).map((b) => b.id)).toEqual(['eastern', 'western', 'western-allies', 'undecided']);
  });

  it('shows the official’s block quote on Pakistan', () => {
    const texts = quotesAbout(story, '586').map((q) => q.text);
    expect(texts.some((t) => t.startsWith('The Eastern Block will include China'))).toBe(true);
  });

  it('attributes every quote', () => {
    for (const q of story.quotes) {
      expect(q.speaker.trim(), q.id).not.toBe('');
      expect(q.role.trim(), q.id).not.toBe('');
    }
  });
});

// The article is not part of this repository (quote, link, attribute: never copy it whole). Point
// ALIGNMENT_ARTICLE at its text to check that every quote and every corrected claim is verbatim.
const article = process.env['ALIGNMENT_ARTICLE'];
describe.skipIf(!article || !existsSync(article))('quotes are verbatim (ALIGNMENT_ARTICLE)', () => {
  const normalise = (s: string) =>
    s
      .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/[\u2013\u2014]/g, '-')
      .replace(/\u2026/g, '...')
      .replace(/\s+/g, ' ')
      .trim();
  // Read in the tests, not here: a skipped describe still runs its body to collect the tests.
  const text = () => normalise(readFileSync(article!, 'utf8'));
  it.each(story.quotes.map((q) => [q.id, q.text]))('quote %s is in the article', (_, quote) => expect(text()).toContain(normalise(quote)));
  it.each(story.claims.map((c) => [c.id, c.text]))('claim %s is in the article', (_, claim) => expect(text()).toContain(normalise(claim)));
});
