import type {Alignment, Bloc, Claim, Membership, Quote, Source, Story, StoryEvent} from './types.js';

/**
 * What the first view does not show: the text of every event but the one it opens on (summary, sources, the
 * article's claims), what each group means, why each country is grouped and on whose word, memberships'
 * sources and caveats, the quotes' words, and the speaker notes and prompts of classrooms. The built-in story
 * ships without them and fetches them when the browser is idle: they are most of its bytes.
 */
export interface StoryDetails {
  blocs: Pick<Bloc, 'description'>[];
  events: Partial<Pick<StoryEvent, 'summary' | 'sources' | 'notes' | 'prompts'>>[];
  alignments: Pick<Alignment, 'reason' | 'source'>[];
  memberships: Pick<Membership, 'source' | 'note'>[];
  quotes: Pick<Quote, 'text' | 'speaker' | 'role' | 'note'>[];
  /** The claims of every event but the opening one. */
  claims: Claim[];
}

type CoreEvent = Omit<StoryEvent, 'summary' | 'sources' | 'notes' | 'prompts'> & Partial<Pick<StoryEvent, 'summary' | 'sources'>>;

/** A story without its details, as the first view ships it. Bloc rules are for the build's checks only. */
export interface CoreStory extends Omit<Story, 'blocs' | 'events' | 'alignments' | 'memberships' | 'quotes' | 'translations'> {
  blocs: Omit<Bloc, 'rule' | 'description'>[];
  /** Only the opening event keeps its summary and sources. */
  events: CoreEvent[];
  alignments: Omit<Alignment, 'reason' | 'source'>[];
  memberships: Omit<Membership, 'source' | 'note'>[];
  quotes: Omit<Quote, 'text' | 'speaker' | 'role' | 'note'>[];
}

/**
 * Splits a story into what its first view needs (at its `opening` event), the details, in the story's order,
 * and its translations, which only a map in another language reads.
 */
export function splitDetails({translations = {}, ...story}: Story): {core: CoreStory; details: StoryDetails; translations: NonNullable<Story['translations']>} {
  const details: StoryDetails = {blocs: [], events: [], alignments: [], memberships: [], quotes: [], claims: []};
  const opens = (eventId: string) => eventId === story.opening;
  const core: CoreStory = {
    ...story,
    blocs: story.blocs.map(({rule: _rule, description, ...bloc}) => (details.blocs.push({description}), bloc)),
    events: story.events.map(({notes, prompts, summary, sources, ...rest}) => {
      details.events.push(defined(opens(rest.id) ? {notes, prompts} : {summary, sources, notes, prompts}));
      return opens(rest.id) ? {...rest, summary, sources} : rest;
    }),
    alignments: story.alignments.map(({reason, source, ...rest}) => (details.alignments.push({reason, source}), rest)),
    memberships: story.memberships.map(({source, note, ...rest}) => (details.memberships.push(defined({source, note})), rest)),
    quotes: story.quotes.map(({text, speaker, role, note, ...rest}) => (details.quotes.push(defined({text, speaker, role, note})), rest)),
    claims: story.claims.filter((claim) => opens(claim.eventId) || (details.claims.push(claim), false)),
  };
  return {core, details, translations};
}

const awaiting = new WeakSet<Story>();
const NO_SOURCE: Source = {label: '', url: ''};

/**
 * The story from its core, as the first view shows it: the text it does not ship reads as empty, and
 * `awaitingDetails` says so, so that a view shows that it is on its way rather than nothing.
 */
export function joinDetails(core: CoreStory): Story {
  const story: Story = {
    ...core,
    blocs: core.blocs.map((b) => ({...b, description: ''})),
    events: core.events.map((e) => ({summary: '', sources: [], ...e})),
    alignments: core.alignments.map((a) => ({...a, reason: '', source: NO_SOURCE})),
    memberships: core.memberships.map((m) => ({...m, source: NO_SOURCE})),
    quotes: core.quotes.map((q) => ({...q, text: '', speaker: '', role: ''})),
    claims: [...core.claims],
  };
  awaiting.add(story);
  return story;
}

/**
 * Completes a story from `joinDetails` with its details, in place: the events, alignments and quotes that
 * views and controllers already hold gain their text, and the story keeps its identity, so that nothing takes
 * the details' arrival for a new story (a new story reframes the map and stops play).
 */
export function addDetails(story: Story, details: StoryDetails): void {
  if (!awaiting.delete(story)) return;
  story.blocs.forEach((b, i) => Object.assign(b, details.blocs[i]));
  story.events.forEach((e, i) => Object.assign(e, details.events[i]));
  story.alignments.forEach((a, i) => Object.assign(a, details.alignments[i]));
  story.memberships.forEach((m, i) => Object.assign(m, details.memberships[i]));
  story.quotes.forEach((q, i) => Object.assign(q, details.quotes[i]));
  story.claims.push(...details.claims);
}

/** Whether a story's details have yet to arrive. */
export function awaitingDetails(story: Story): boolean {
  return awaiting.has(story);
}

function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, value]) => value !== undefined)) as T;
}
