import {describe, expect, it} from 'vitest';
import {CORRECTION_LIMITS} from '../../../src/model/corrections.js';
import {formatIssue} from '../../../src/model/check.js';
import {validateStory} from '../../../src/model/validate.js';
import {countries, miniRaw} from '../../helpers/story.js';

const check = (extra: Record<string, unknown>) => validateStory({...miniRaw(), ...extra}, {countries});

describe('validateStory(story) with updated and corrections', () => {
  it('keeps a story without them as it was: both fields are optional', () => {
    const story = check({}).story!;
    expect('updated' in story || 'corrections' in story).toBe(false);
  });

  it('reads an updated date and dated corrections', () => {
    const result = check({updated: '2021-04-09', corrections: [{date: '2021-04-09', text: 'The visit began on 6 April, not 7 April.'}]});
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.story?.updated).toBe('2021-04-09');
    expect(result.story?.corrections).toEqual([{date: '2021-04-09', text: 'The visit began on 6 April, not 7 April.'}]);
  });

  it('reports a bad date, a missing or empty text and a text over the limit, with their paths', () => {
    const long = 'x'.repeat(CORRECTION_LIMITS.text + 1);
    const result = check({updated: '2021-13-01', corrections: [{date: '9 April 2021', text: 'ok'}, {date: '2021-04-09'}, {date: '2021-04-09', text: ' '}, {date: '2021-04-09', text: long}]});
    expect(result.story).toBeNull();
    expect(result.errors.map(formatIssue)).toEqual([
      'updated: "2021-13-01" is not a date',
      'corrections[0].date: expected YYYY-MM-DD (or YYYY-MM, YYYY), got "9 April 2021"',
      'corrections[1].text: required, but missing',
      'corrections[2].text: expected text, got " "',
      `corrections[3].text: is ${CORRECTION_LIMITS.text + 1} characters long; a correction is limited to ${CORRECTION_LIMITS.text}`,
    ]);
  });

  it('reports corrections that are not a list of objects, or too many of them', () => {
    expect(check({corrections: 'fixed'}).errors.map(formatIssue)).toEqual(['corrections: expected a list, got "fixed"']);
    expect(check({corrections: ['fixed']}).errors.map(formatIssue)).toEqual(['corrections[0]: expected an object, got "fixed"']);
    const many = Array.from({length: CORRECTION_LIMITS.count + 1}, () => ({date: '2021-04-09', text: 'x'}));
    expect(check({corrections: many}).errors.map(formatIssue)).toEqual([`corrections: has ${CORRECTION_LIMITS.count + 1} entries; the limit is ${CORRECTION_LIMITS.count}`]);
  });

  it('warns of a correction dated after `updated`, an update before the article, and an unknown field', () => {
    const result = check({updated: '2001-01-01', corrections: [{date: '2021-04-10', text: 'Later.', by: 'desk'}]});
    expect(result.errors).toEqual([]);
    expect(result.warnings.map(formatIssue)).toEqual([
      'corrections[0].by: unknown field (expected one of: date, text)',
      'corrections[0].date: "2021-04-10" is after the story\'s updated date (2001-01-01)',
      expect.stringMatching(/^updated: "2001-01-01" is before the article's date \(\d{4}/),
    ]);
  });
});
