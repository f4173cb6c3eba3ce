import {describe, expect, it} from 'vitest';
import raw from '../../../data/lavrov-pakistan-2021.json';
import {addDetails, awaitingDetails, joinDetails, splitDetails} from '../../../src/model/details.js';
import type {Story} from '../../../src/model/types.js';

const story = raw as unknown as Story;
const withoutRules = ({translations: _translations, ...s}: Story) => ({...s, blocs: s.blocs.map(({rule: _rule, ...bloc}) => bloc)});
const byId = <T extends {id: string}>(items: readonly T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
const opening = story.events.find((e) => e.id === story.opening)!;

describe('splitDetails and joinDetails', () => {
  it('addDetails(joinDetails(core), details) gives the story back in place, less the build-time bloc rules and the translations', () => {
    const {core, details, translations} = splitDetails(story);
    expect(translations).toEqual(story.translations);
    const whole = joinDetails(core);
    const event = whole.events[0]!;
    addDetails(whole, details);
    expect(whole.events[0]).toBe(event);
    expect({...whole, claims: byId(whole.claims)}).toEqual({...withoutRules(story), claims: byId(story.claims)});
    // Each event's claims keep their order, as its caption lists them.
    for (const event of story.events)
      expect(whole.claims.filter((c) => c.eventId === event.id)).toEqual(story.claims.filter((c) => c.eventId === event.id));
    expect(awaitingDetails(whole)).toBe(false);
    addDetails(whole, details);
    expect(whole.claims.length).toBe(story.claims.length);
  });

  it('splitDetails(story).core holds the opening event whole and none of the text the first view does not show', () => {
    const {core} = splitDetails(story);
    const text = JSON.stringify(core);
    expect(text).not.toContain('"reason"');
    expect(text).not.toContain('"description"');
    expect(text).not.toMatch(/"notes"|"prompts"/);
    expect(text).not.toContain(story.quotes[0]!.text);
    expect(core.blocs.some((b) => 'rule' in b)).toBe(false);
    const others = story.events.filter((e) => e.id !== opening.id);
    for (const event of others) expect(text).not.toContain(JSON.stringify(event.summary));
    expect(core.events.find((e) => e.id === opening.id)).toMatchObject({summary: opening.summary, sources: opening.sources});
    expect(core.claims).toEqual(story.claims.filter((c) => c.eventId === opening.id));
  });

  it('joinDetails(core) without details reads as empty and says it awaits them', () => {
    const partial = joinDetails(splitDetails(story).core);
    expect(awaitingDetails(partial)).toBe(true);
    expect(partial.alignments.every((a) => a.reason === '' && a.source.url === '')).toBe(true);
    expect(partial.events.filter((e) => e.summary === '').length).toBe(story.events.length - 1);
    expect(partial.quotes.map((q) => q.id)).toEqual(story.quotes.map((q) => q.id));
    expect(partial.events.map((e) => [e.id, e.date, e.title, e.countries])).toEqual(story.events.map((e) => [e.id, e.date, e.title, e.countries]));
    expect(partial.alignments.map((a) => [a.country, a.bloc, a.from, a.to])).toEqual(story.alignments.map((a) => [a.country, a.bloc, a.from, a.to]));
  });
});
