import {describe, expect, it} from 'vitest';
import raw from '../../../data/lavrov-pakistan-2021.json';
import {awaitingDetails, joinDetails, splitDetails} from '../../../src/model/details.js';
import type {Story} from '../../../src/model/types.js';

const story = raw as unknown as Story;
const withoutRules = (s: Story) => ({...s, blocs: s.blocs.map(({rule: _rule, ...bloc}) => bloc)});

describe('splitDetails and joinDetails', () => {
  it('joinDetails(splitDetails(story)) gives the story back, less the build-time bloc rules', () => {
    const {core, details} = splitDetails(story);
    const whole = joinDetails(core, details);
    expect(whole).toEqual(withoutRules(story));
    expect(awaitingDetails(whole)).toBe(false);
  });

  it('splitDetails(story).core holds none of the words only popups show', () => {
    const {core} = splitDetails(story);
    const text = JSON.stringify(core);
    expect(text).not.toContain('"reason"');
    expect(text).not.toContain(story.quotes[0]!.text);
    expect(core.blocs.some((b) => 'rule' in b)).toBe(false);
    expect(core.events).toEqual(story.events);
    expect(core.claims).toEqual(story.claims);
  });

  it('joinDetails(core) without details reads as empty and says it awaits them', () => {
    const partial = joinDetails(splitDetails(story).core);
    expect(awaitingDetails(partial)).toBe(true);
    expect(partial.alignments.every((a) => a.reason === '' && a.source.url === '')).toBe(true);
    expect(partial.quotes.map((q) => q.id)).toEqual(story.quotes.map((q) => q.id));
    expect(partial.alignments.map((a) => [a.country, a.bloc, a.from, a.to])).toEqual(story.alignments.map((a) => [a.country, a.bloc, a.from, a.to]));
  });
});
