import {describe, expect, it} from 'vitest';
import {en} from '../../../src/i18n/strings.js';
import {membershipsLens} from '../../../src/lens/memberships.js';
import {lensEn} from '../../../src/lens/strings.js';
import {votesLens} from '../../../src/lens/votes.js';
import {blocDay, blocLook} from '../../../src/views/looks.js';
import {lensLook} from '../../../src/views/lens-look.js';
import {builtIn, natoAndSco, places, voteTable} from '../../helpers/lens.js';

const story = builtIn();
const place = (id: string) => places.find((p) => p.id === id)!;
const blocsOn = (day: string) => blocLook(blocDay(story, day, []), en);

describe('blocLook', () => {
  it('blocLook gives data-value the ids of every group a country is in, empty for none', () => {
    const look = blocsOn('2017-11-12');
    expect(look(place('356')).value?.split(' ')).toContain(look(place('356')).bloc);
    expect(look(place('076')).value).toBe('');
  });
});

describe('lensLook', () => {
  it('lensLook(memberships) keeps the story’s bloc and takes the lens’s fill, stripes, value and words', () => {
    const base = blocsOn('2017-11-12');
    const look = lensLook(base, membershipsLens(story, '2017-11-12', places, lensEn).byCountry);
    const india = look(place('356'));
    expect(india.bloc).toBe(base(place('356')).bloc);
    expect(india.lensed).toBe(true);
    expect(india.value).toBe('sco:member quad:member');
    expect(india.stripes).toHaveLength(1);
    expect(india.label).toBe('India: SCO member and Quad member');
    expect(india.hatched).toBeUndefined();
    expect(india.mark).toBeUndefined();
  });

  it('lensLook(votes) gives a state with no votes no colour, and an area with no id the story’s look', () => {
    const base = blocsOn('2019-06-30');
    const look = lensLook(base, votesLens(voteTable(), '2019-06-30', places, lensEn).byCountry);
    expect(look(place('158')).colour).toBeUndefined();
    expect(look(place('158')).value).toBe('');
    expect(look(place('356')).label).toMatch(/^India: UN votes in 2019: agreement with China 89 %/);
    const unnamed = places.find((p) => p.id === null)!;
    expect(look(unnamed)).toEqual(base(unnamed));
  });

  it('lensLook works the same for the second story, which the code knows nothing of', () => {
    const other = natoAndSco();
    const look = lensLook(blocLook(blocDay(other, '2017-06-09', []), en), membershipsLens(other, '2017-06-09', places, lensEn).byCountry);
    expect(look(place('792')).value).toBe('nato:member sco:dialogue-partner');
    expect(look(place('792')).bloc).not.toBe('none');
  });
});
