import Ajv from 'ajv';
import {beforeAll, describe, expect, it} from 'vitest';
import lavrov from '../../../data/lavrov-pakistan-2021.json';
import natoSco from '../../../data/nato-sco-1996-2024.json';
import {validateStory} from '../../../src/model/validate.js';
// @ts-expect-error: a build script in plain JavaScript, without types
import {storySchema} from '../../../scripts/story-schema.mjs';
import {countries} from '../../helpers/story.js';

// The JSON Schema is generated from the story file's type; the validator's field lists are checked against the
// same types by the compiler. These tests check what the compiler cannot: that the schema and the validator
// agree on which fields a story needs, and that both accept the stories the project ships.
type Json = Record<string, unknown>;
type Schema = {properties: Record<string, {items?: {$ref?: string}; $ref?: string}>; required?: string[]; definitions: Record<string, Schema>};
let schema: Schema;
let valid: (story: unknown) => boolean;

beforeAll(() => {
  schema = storySchema();
  valid = new Ajv({allErrors: true, strict: false}).compile(schema) as (story: unknown) => boolean;
}, 60_000);

const copy = () => structuredClone(lavrov) as unknown as Json;
const errorsOf = (story: unknown) => validateStory(story, {countries}).errors;
/** Whether the validator finds the field at `path` wanting (errors elsewhere, such as a reference left dangling by
 * the deletion, are not about the field). */
const missing = (story: unknown, path: string) => errorsOf(story).some((e) => e.path === path);

/** The schema's definition of the items of a top-level list (`events` → StoryEvent), or of an object field. */
function definition(field: string): Schema {
  const property = schema.properties[field]!;
  const ref = property.items?.$ref ?? property.$ref ?? '';
  return schema.definitions[ref.replace('#/definitions/', '')]!;
}

/** One object of each kind in the built-in story, with the path to it. */
const SAMPLES: [string, (s: Json) => Json][] = [
  ['source', (s) => s['source'] as Json],
  ...(['blocs', 'events', 'alignments', 'organisations', 'memberships', 'places', 'quotes', 'claims'] as const).map(
    (list) => [list, (s: Json) => (s[list] as Json[])[0]!] as [string, (s: Json) => Json],
  ),
];

describe('storySchema()', () => {
  it('accepts both built-in stories, as the validator does', () => {
    for (const story of [lavrov, natoSco]) {
      expect(errorsOf(story)).toEqual([]);
      expect(valid(story)).toBe(true);
    }
  });

  it('requires the top-level fields the validator requires, and no others', () => {
    for (const field of Object.keys(schema.properties).filter((f) => f !== '$schema')) {
      const story = copy();
      delete story[field];
      const required = schema.required?.includes(field) ?? false;
      expect([field, valid(story)]).toEqual([field, !required]);
      expect([field, missing(story, field)]).toEqual([field, required]);
    }
  });

  for (const [field, sample] of SAMPLES) {
    it(`agrees with the validator on which fields of ${field} are required`, () => {
      const def = definition(field);
      for (const key of Object.keys(sample(copy()))) {
        const story = copy();
        delete sample(story)[key];
        const required = def.required?.includes(key) ?? false;
        expect([key, valid(story)]).toEqual([key, !required]);
        expect([key, missing(story, field === 'source' ? `source.${key}` : `${field}[0].${key}`)]).toEqual([key, required]);
      }
    });

    it(`flags an unknown field of ${field}, and a number where text belongs`, () => {
      const misspelt = copy();
      sample(misspelt)['eventID'] = 'x';
      expect(valid(misspelt)).toBe(false);
      expect(validateStory(misspelt, {countries}).warnings.some((w) => w.message.startsWith('unknown field'))).toBe(true);
      const wrong = copy();
      const key = Object.keys(definition(field).properties).find((k) => (definition(field).properties[k] as {type?: string}).type === 'string' && k in sample(wrong))!;
      sample(wrong)[key] = 42;
      expect(valid(wrong)).toBe(false);
      expect(errorsOf(wrong).length).toBeGreaterThan(0);
    });
  }

  it('rejects what the validator rejects in dates and colours', () => {
    const story = copy();
    (story['events'] as Json[])[0]!['date'] = '2001/09/11';
    expect(valid(story)).toBe(false);
    expect(errorsOf(story).length).toBeGreaterThan(0);
    const colour = copy();
    (colour['blocs'] as Json[])[0]!['colour'] = 'red';
    expect(valid(colour)).toBe(false);
    expect(errorsOf(colour).length).toBeGreaterThan(0);
  });
});
