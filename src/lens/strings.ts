/**
 * The words the lenses put into labels, legends, notes and evidence rows, in one object so that a
 * translation is one object too. Story text (organisation names, roles, bloc labels) comes from the story.
 */
export const lensEn = {
  lensBlocs: 'Blocs, as the article describes them',
  lensMemberships: 'Memberships',
  lensVotes: 'UN General Assembly votes',
  /** "SCO member". */
  roleOf: '{organisation} {role}',
  /** The last two items of a list: "Quad member and SCO member". */
  listLast: '{a} and {b}',
  listSeparator: ', ',
  noMembership: 'No membership recorded in this story',
  stripesNote: 'Stripes show the other memberships of a country that holds several.',
  votesNone: 'No UN General Assembly votes',
  votesNoneIn: 'No UN General Assembly votes recorded in {year}',
  votesBefore: 'No UN vote data before {first}.',
  votesAfter: 'No UN vote data after {last}: showing {last}.',
  votesNotAlliance: 'Voting together at the UN is not an alliance.',
  votesMethod: 'Colour: mean agreement with China and Russia minus agreement with the USA, in the votes of the year.',
  votesSourceLabel: 'Erik Voeten, UN General Assembly voting data (Harvard Dataverse), CC0',
  percent: '{n} %',
  refUs: 'the USA',
  refRu: 'Russia',
  refCn: 'China',
  /** "the USA 27 %". */
  agreementWith: '{who} {share}',
  /** Tooltip: "UN votes in 2019: agreement with China 89 %, Russia 82 % and the USA 27 % (at least 88 shared votes with each)". */
  votesLabel: 'UN votes in {year}: agreement with {agreements} (at least {n} shared votes with each)',
  closerEast: 'closer to China and Russia than to the USA',
  closerUs: 'closer to the USA than to China and Russia',
  closeEven: 'about as close to the USA as to China and Russia',
  legendEast: 'Closer to China and Russia',
  legendEven: 'Equally close',
  legendUs: 'Closer to the USA',
  /** Evidence: "votes closer to China and Russia than to the USA in 2019 (agreement with China 89 %, …)". */
  evidenceVotes: 'votes {closeness} in {year} (agreement with {agreements})',
  /** Evidence for one of the three reference states, which is not compared with itself. */
  evidenceVotesReference: 'in {year}, UN votes agree with {agreements}',
  evidenceNoVotes: 'no UN General Assembly votes in {year}',
  evidenceNoVoteData: 'no UN vote data before {first}',
  /** "India: Quad member and SCO member; votes closer to …". */
  evidenceRow: '{country}: {facts}',
  evidenceFacts: '{memberships}; {votes}',
  /** The lens legend's title for the votes: "UN General Assembly votes, 2019". */
  votesTitle: 'UN General Assembly votes, {year}',
  stripesKey: 'Striped: several memberships',
  sourceIs: 'Source:',
  evidenceTitle: 'Claim and evidence, {date}',
  evidenceIntro: 'For each group marked as an opinion, what the memberships in this story and the UN votes say of its countries on this date. Observations from the data, not a verdict.',
  evidenceNone: 'No group on this date is marked as someone’s opinion, so there is no claim to set against the data.',
  columnCountry: 'Country',
  columnMemberships: 'Memberships',
  columnVotes: 'UN General Assembly votes',
  claimOf: 'claim: {who}',
  votesLoading: 'Loading the UN votes…',
  votesUnavailable: 'UN votes not available',
  votesFailed: 'could not load the UN votes: {why}',
} as const;

/** The shape every translation of the lens strings must have. */
export type LensStrings = {readonly [K in keyof typeof lensEn]: string};

/** Fills `{name}` placeholders with plain text. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** "a", "a and b", "a, b and c", in the words of the strings. */
export function listOf(items: readonly string[], t: LensStrings): string {
  if (items.length <= 1) return items[0] ?? '';
  return fill(t.listLast, {a: items.slice(0, -1).join(t.listSeparator), b: items.at(-1) ?? ''});
}
