// The story format's JSON Schema, generated from the TypeScript type of a story file (src/model/file.ts),
// so that the types, the validator (whose field lists the compiler checks against the same types) and the
// schema cannot tell different stories. `npm run build` writes it to dist/story.schema.json.
import {writeFileSync} from 'node:fs';
import {createGenerator} from 'ts-json-schema-generator';

/** The schema as an object. Takes a few seconds: it compiles the model's types. */
export function storySchema() {
  const schema = createGenerator({
    path: 'src/model/file.ts',
    tsconfig: 'tsconfig.json',
    type: 'StoryFile',
    additionalProperties: false,
    skipTypeCheck: true,
    topRef: false,
    jsDoc: 'extended',
  }).createSchema('StoryFile');
  return {
    ...schema,
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'An alignment map story',
    description: 'A story for <alignment-map>: dated events, the groups countries belong to, quotes and claims, each sourced. See docs/story-format.md.',
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [out = 'dist/story.schema.json'] = process.argv.slice(2);
  writeFileSync(out, `${JSON.stringify(storySchema(), null, 2)}\n`);
}
