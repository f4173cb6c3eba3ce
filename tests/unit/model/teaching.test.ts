import {describe, expect, it} from 'vitest';
import {formatIssue} from '../../../src/model/check.js';
import {validateStory} from '../../../src/model/validate.js';
import {countries, miniRaw} from '../../helpers/story.js';

// The optional fields a teacher's story adds to its events: speaker notes, discussion prompts, a key quote.
const check = (raw: unknown) => validateStory(raw, {countries});
const errors = (raw: unknown) => check(raw).errors.map(formatIssue);
const warnings = (raw: unknown) => check(raw).warnings.map(formatIssue);

describe('validateStory: notes, prompts and keyQuote', () => {
  it('validateStory(story) keeps notes, prompts and a key quote on their event, with no issue', () => {
    const raw = miniRaw();
    Object.assign(raw.events[1]!, {notes: 'Point at Russia.', prompts: ['Why red?', 'Who says so?'], keyQuote: 'q1'});
    const result = check(raw);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.story?.events[1]).toMatchObject({notes: 'Point at Russia.', prompts: ['Why red?', 'Who says so?'], keyQuote: 'q1'});
    expect(result.story?.events[0]).not.toHaveProperty('notes');
    expect(result.story?.events[0]).not.toHaveProperty('prompts');
  });

  it('validateStory(story) reports notes that are not text and prompts that are not a list of text, by path', () => {
    const raw = miniRaw();
    Object.assign(raw.events[0]!, {notes: 42, prompts: ['Fine', '', 7]});
    Object.assign(raw.events[1]!, {prompts: 'Why?'});
    expect(errors(raw)).toEqual([
      'events[0].notes: expected text, got 42',
      'events[0].prompts[1]: expected text, got ""',
      'events[0].prompts[2]: expected text, got 7',
      'events[1].prompts: expected a list, got "Why?"',
    ]);
  });

  it('validateStory(story) limits the length of notes and prompts, and the number of prompts', () => {
    const raw = miniRaw();
    Object.assign(raw.events[0]!, {notes: 'x'.repeat(20_001), prompts: ['x'.repeat(20_001)]});
    Object.assign(raw.events[1]!, {prompts: Array.from({length: 21}, (_, i) => `Question ${i}?`)});
    expect(errors(raw)).toEqual([
      'events[0].notes: is 20001 characters long; the limit is 20000',
      'events[0].prompts[0]: is 20001 characters long; the limit is 20000',
      'events[1].prompts: has 21 entries; the limit is 20',
    ]);
  });

  it('validateStory(story) reports a key quote that is not a quote of the story', () => {
    const raw = miniRaw();
    raw.events[2]!['keyQuote'] = 'q9';
    expect(errors(raw)).toEqual(['events[2].keyQuote: "q9" is not a quote of this story']);
  });

  it('validateStory(story) warns of a key quote spoken at another event, or at none', () => {
    const raw = miniRaw();
    raw.events[0]!['keyQuote'] = 'q1';
    raw.events[2]!['keyQuote'] = 'q2';
    expect(errors(raw)).toEqual([]);
    expect(warnings(raw)).toEqual(['events[0].keyQuote: "q1" belongs to event "second", not to this one', 'events[2].keyQuote: "q2" belongs to no event, not to this one']);
  });

  it('validateStory(story) still warns of an unknown field on an event, and names the new ones', () => {
    const raw = miniRaw();
    raw.events[0]!['note'] = 'A misspelt notes';
    expect(warnings(raw)).toEqual([
      'events[0].note: unknown field (expected one of: id, date, end, title, summary, countries, sources, background, notes, prompts, keyQuote)',
    ]);
  });
});
