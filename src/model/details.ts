import type {Alignment, Bloc, Membership, Quote, Source, Story} from './types.js';

/**
 * What only a popup shows: why each country is grouped and on whose word, each membership's source and
 * caveat, and the quotes' words. The built-in story ships without them in the first view and fetches them
 * when the browser is idle: they are a third of the story's bytes and no first view shows them.
 */
export interface StoryDetails {
  alignments: Pick<Alignment, 'reason' | 'source'>[];
  memberships: Pick<Membership, 'source' | 'note'>[];
  quotes: Pick<Quote, 'text' | 'speaker' | 'role' | 'note'>[];
}

/** A story without its details, as the first view ships it. Bloc rules are for the build's checks only. */
export interface CoreStory extends Omit<Story, 'blocs' | 'alignments' | 'memberships' | 'quotes'> {
  blocs: Omit<Bloc, 'rule'>[];
  alignments: Omit<Alignment, 'reason' | 'source'>[];
  memberships: Omit<Membership, 'source' | 'note'>[];
  quotes: Omit<Quote, 'text' | 'speaker' | 'role' | 'note'>[];
}

/** Splits a story into what the first view needs and the details, in the story's order. */
export function splitDetails(story: Story): {core: CoreStory; details: StoryDetails} {
  const details: StoryDetails = {alignments: [], memberships: [], quotes: []};
  const core: CoreStory = {
    ...story,
    blocs: story.blocs.map(({rule: _rule, ...bloc}) => bloc),
    alignments: story.alignments.map(({reason, source, ...rest}) => (details.alignments.push({reason, source}), rest)),
    memberships: story.memberships.map(({source, note, ...rest}) => (details.memberships.push(defined({source, note})), rest)),
    quotes: story.quotes.map(({text, speaker, role, note, ...rest}) => (details.quotes.push(defined({text, speaker, role, note})), rest)),
  };
  return {core, details};
}

const awaiting = new WeakSet<Story>();
const NO_SOURCE: Source = {label: '', url: ''};

/**
 * The whole story from its core and details. Without details, the story's details read as empty and
 * `awaitingDetails` says so, so that a view shows that they are on their way rather than an empty reason.
 */
export function joinDetails(core: CoreStory, details?: StoryDetails): Story {
  const story: Story = {
    ...core,
    alignments: core.alignments.map((a, i) => ({...a, ...(details?.alignments[i] ?? {reason: '', source: NO_SOURCE})})),
    memberships: core.memberships.map((m, i) => ({...m, ...(details?.memberships[i] ?? {source: NO_SOURCE})})),
    quotes: core.quotes.map((q, i) => ({...q, ...(details?.quotes[i] ?? {text: '', speaker: '', role: ''})})),
  };
  if (!details) awaiting.add(story);
  return story;
}

/** Whether a story's details have yet to arrive. */
export function awaitingDetails(story: Story): boolean {
  return awaiting.has(story);
}

function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, value]) => value !== undefined)) as T;
}
