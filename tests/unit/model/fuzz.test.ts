import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {parseStory} from '../../../src/model/load.js';
import {validateStory} from '../../../src/model/validate.js';
import {alignmentsAt} from '../../../src/timeline/state.js';
import story from '../../../data/lavrov-pakistan-2021.json';
import {mutatedStory, validStory} from '../../helpers/arbitraries.js';
import {countries} from '../../helpers/story.js';

// Each test's name says how many inputs it tries, so that the count shows in the test output.
const RUNS = 2000;
const context = {countries};

/** Every result either holds a story or says why not, and every issue names what is wrong. */
function wellFormed(result: ReturnType<typeof validateStory>): void {
  expect(result.story === null).toBe(result.errors.length > 0);
  for (const issue of [...result.errors, ...result.warnings]) {
    expect(typeof issue.path).toBe('string');
    expect(issue.message.length).toBeGreaterThan(0);
  }
}

describe('fuzzing the validator (fast-check)', () => {
  it(`never throws on ${RUNS} arbitrary JSON values`, () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => wellFormed(validateStory(value, context))), {numRuns: RUNS});
  });

  // Copying and checking the whole story costs about 3 ms a run: fewer runs, and room to take them.
  it(`never throws on ${RUNS / 2} mutated copies of the built-in story, and explains each rejection`, () => {
    fc.assert(fc.property(mutatedStory, (value) => wellFormed(validateStory(value, context))), {numRuns: RUNS / 2});
  });

  // A cut that leaves valid JSON costs a whole validation (about 6 ms): room to take them on a busy machine.
  it(`never throws on ${RUNS} cut or corrupted texts of the built-in story`, () => {
    const text = JSON.stringify(story);
    const damaged = fc.tuple(fc.nat({max: text.length}), fc.nat({max: text.length}), fc.string({maxLength: 3})).map(([a, b, junk]) => text.slice(0, Math.min(a, b)) + junk + text.slice(Math.max(a, b)));
    fc.assert(fc.property(damaged, (t) => wellFormed(parseStory(t, context))), {numRuns: RUNS});
  });

  it(`accepts ${RUNS} generated valid stories, each country in at most one bloc on any day`, () => {
    fc.assert(
      fc.property(validStory, (raw) => {
        const result = validateStory(raw, context);
        expect(result.errors).toEqual([]);
        const s = result.story!;
        const blocs = new Set(s.blocs.map((b) => b.id));
        for (const event of s.events) for (const held of alignmentsAt(s, event.date).values()) for (const a of held) expect(blocs.has(a.bloc)).toBe(true);
      }),
      {numRuns: RUNS},
    );
  });
});
