import type {Story} from './types.js';

/** The fields a story file may leave out: the reader fills them in (`opening`: the last event; lists: empty). */
type Optional = 'intro' | 'opening' | 'organisations' | 'memberships' | 'places' | 'quotes' | 'claims';

/**
 * A story file as written, before it is read: the JSON that `src` points at. The JSON Schema the build
 * publishes (`dist/story.schema.json`) is generated from this type, and the validator's lists of known fields
 * are checked against the same types when it compiles, so the format is written down once.
 */
export type StoryFile = Omit<Story, Optional> &
  Partial<Pick<Story, Optional>> & {
    /** Where an editor finds this schema, to validate and complete the file as it is written. */
    $schema?: string;
  };
