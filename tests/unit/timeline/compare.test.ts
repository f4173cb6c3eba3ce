import {describe, expect, it} from 'vitest';
import raw from '../../../data/lavrov-pakistan-2021.json';
import {en} from '../../../src/i18n/strings.js';
import type {Story} from '../../../src/model/types.js';
import {changesBetween, countriesIn, describeChange, standingIn, type Standing} from '../../../src/timeline/compare.js';
import {miniStory} from '../../helpers/story.js';

const story = miniStory();
const standing = standingIn(story);

describe('changesBetween', () => {
  it('changesBetween lists only the countries whose group or roles differ', () => {
    const changes = changesBetween(countriesIn(story), '2001-09-11', '2017-06-09', standing);
    expect(changes.map((c) => c.country)).toEqual(['586', '643', '356']);
    expect(changes[0]).toEqual({country: '586', blocs: {before: ['blue'], after: ['red']}, roles: [{organisation: 'club', before: undefined, after: 'member'}]});
  });
  it('changesBetween tells a change of role from a membership that ends', () => {
    const [india] = changesBetween(['356'], '2010-01-01', '2017-06-09', standing);
    expect(india?.roles).toEqual([{organisation: 'club', before: 'observer', after: undefined}]);
    const promoted = {...story, memberships: [...story.memberships, {...story.memberships[0]!, country: '356'}]};
    const [member] = changesBetween(['356'], '2010-01-01', '2017-06-09', standingIn(promoted));
    expect(member?.roles).toEqual([{organisation: 'club', before: 'observer', after: 'member'}]);
  });
  it('changesBetween is empty between a day and itself', () => expect(changesBetween(countriesIn(story), '2006-01-01', '2006-01-01', standing)).toEqual([]));
  it('changesBetween takes any standing: several groups at once, in any order', () => {
    const two = (blocs: string[]): Standing => ({blocs, roles: new Map()});
    const on = (_: string, day: string) => (day === 'a' ? two(['x', 'y']) : day === 'b' ? two(['y', 'x']) : two(['x']));
    expect(changesBetween(['1'], 'a', 'b', on)).toEqual([]);
    expect(changesBetween(['1'], 'a', 'c', on)).toEqual([{country: '1', blocs: {before: ['x', 'y'], after: ['x']}, roles: []}]);
  });
});

describe('describeChange', () => {
  it('describeChange tells the group and the roles', () => {
    const [pakistan] = changesBetween(['586'], '2001-09-11', '2017-06-09', standing);
    expect(describeChange(pakistan!, story, en)).toBe('Blue group → Red group; became Club member');
    const [india] = changesBetween(['356'], '2010-01-01', '2017-06-09', standing);
    expect(describeChange(india!, story, en)).toBe('Not grouped → Blue group; no longer Club observer');
    const promoted = {...story, memberships: [...story.memberships, {...story.memberships[0]!, country: '356'}]};
    const [member] = changesBetween(['356'], '2010-01-01', '2017-06-09', standingIn(promoted));
    expect(describeChange(member!, promoted, en)).toBe('Not grouped → Blue group; Club: observer → member');
    const [back] = changesBetween(['356'], '2010-01-01', '2001-01-01', standing);
    expect(describeChange(back!, story, en)).toBe('no longer Club observer');
    const [ahead] = changesBetween(['356'], '2001-01-01', '2010-01-01', standing);
    expect(describeChange(ahead!, story, en)).toBe('became Club observer');
  });
  it('describeChange on the built-in story: Pakistan from 2001 to the visit', () => {
    const built = raw as unknown as Story;
    const [pakistan] = changesBetween(['586'], '2001-10-11', '2021-04-05', standingIn(built));
    expect(describeChange(pakistan!, built, en)).toBe('Aided US operations in Afghanistan → Russia–Pakistan rapprochement; became SCO member; became MNNA designated ally');
  });
});
