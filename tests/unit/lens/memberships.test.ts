import {describe, expect, it} from 'vitest';
import {rgb} from 'd3-color';
import {interpolateRgb} from 'd3-interpolate';
import {heldAt, indexMemberships, membershipsLens, RAMPS, roleToken, tierColour, tiersOf} from '../../../src/lens/memberships.js';
import {lensEn} from '../../../src/lens/strings.js';
import type {Story} from '../../../src/model/types.js';
import {builtIn, natoAndSco, places} from '../../helpers/lens.js';
import {miniStory} from '../../helpers/story.js';

const story = builtIn();
const at = (day: string, s: Story = story) => membershipsLens(s, day, places, lensEn);

describe('tiersOf', () => {
  it('tiersOf(story) puts "member" first, then the roles in the order the story first records them', () => {
    const tiers = tiersOf(story);
    expect(tiers.get('sco')).toEqual(['member', 'observer', 'dialogue partner']);
    expect(tiers.get('mnna')).toEqual(['designated ally', 'treated as a designated ally (by law)']);
  });
  it('tiersOf moves "member" to the top even when the story records an observer first', () => {
    const s = miniStory();
    expect(tiersOf({...s, memberships: [...s.memberships].reverse()}).get('club')).toEqual(['member', 'observer']);
  });
});

describe('tierColour and roleToken', () => {
  it('tierColour(order, 0) is the organisation’s hue; lower tiers are lighter, all #rrggbb', () => {
    expect(tierColour(0, 0)).toBe('#d55e00');
    const [a, b, c] = [0, 1, 2].map((tier) => tierColour(0, tier));
    expect(new Set([a, b, c]).size).toBe(3);
    const lightness = (hex: string) => [1, 3, 5].reduce((sum, i) => sum + parseInt(hex.slice(i, i + 2), 16), 0);
    expect(lightness(b!)).toBeGreaterThan(lightness(a!));
    expect(lightness(c!)).toBeGreaterThan(lightness(b!));
    for (let order = 0; order < 12; order++) for (let tier = 0; tier < 6; tier++) expect(tierColour(order, tier)).toMatch(/^#[0-9a-f]{6}$/);
  });
  it('RAMPS mix each Okabe–Ito colour toward white by 0, 40, 62 and 76 %', () => {
    for (const ramp of RAMPS) expect(ramp).toEqual([0, 0.4, 0.62, 0.76].map((t) => rgb(interpolateRgb(ramp[0], '#ffffff')(t)).formatHex()));
  });
  it('roleToken(organisation, role) makes one token of a role', () => {
    expect(roleToken('sco', 'dialogue partner')).toBe('sco:dialogue-partner');
    expect(roleToken('mnna', 'Designated ally ')).toBe('mnna:designated-ally');
  });
});

describe('membershipsLens', () => {
  it('membershipsLens shows India as SCO member with a Quad stripe from 2017-11-12, SCO only before', () => {
    expect(at('2017-11-12').byCountry.get('356')).toEqual({
      colour: tierColour(0, 0),
      stripes: [tierColour(1, 0)],
      value: 'sco:member quad:member',
      label: 'SCO member and Quad member',
    });
    expect(at('2017-11-11').byCountry.get('356')).toEqual({colour: tierColour(0, 0), value: 'sco:member', label: 'SCO member'});
  });

  it('membershipsLens shows every country’s overlaps alike: India, Pakistan and Türkiye on 2021-04-06', () => {
    const marks = at('2021-04-06').byCountry;
    expect(marks.get('356')?.value).toBe('sco:member quad:member');
    expect(marks.get('586')?.value).toBe('sco:member mnna:designated-ally');
    expect(marks.get('792')?.value).toBe('nato:member sco:dialogue-partner');
    for (const id of ['356', '586', '792']) expect(marks.get(id)?.stripes, id).toHaveLength(1);
    expect(marks.get('792')?.colour).toBe(tierColour(2, 0));
    expect(marks.get('792')?.stripes).toEqual([tierColour(0, 2)]);
    expect(marks.get('792')?.label).toBe('NATO member and SCO dialogue partner');
  });

  it('membershipsLens ranks by tier before the story’s order: a member fills, a dialogue partner stripes', () => {
    // Reversing the organisations changes which of two equal tiers comes first, never a member below a partner.
    const reversed = {...story, organisations: [...story.organisations].reverse()};
    const marks = at('2021-04-06', reversed).byCountry;
    expect(marks.get('356')?.value).toBe('quad:member sco:member');
    expect(marks.get('792')?.value).toBe('nato:member sco:dialogue-partner');
  });

  it('membershipsLens moves India from SCO observer to member on 2017-06-09', () => {
    expect(at('2017-06-08').byCountry.get('356')?.value).toBe('sco:observer');
    expect(at('2017-06-09').byCountry.get('356')?.value).toBe('sco:member');
  });

  it('membershipsLens colours a territory as its sovereign state (Greenland as Denmark)', () => {
    const marks = at('2021-04-06').byCountry;
    expect(marks.get('304')).toEqual(marks.get('208'));
    expect(marks.get('304')?.value).toBe('nato:member');
  });

  it('membershipsLens leaves a country with no membership uncoloured, with a label that says so', () => {
    expect(at('2021-04-06').byCountry.get('484')).toEqual({value: '', label: lensEn.noMembership});
    expect(at('2021-04-06').byCountry.get('484')?.colour).toBeUndefined();
  });

  it('membershipsLens gives a mark to every country of the map with an id, and to nothing else', () => {
    const ids = places.flatMap((p) => (p.id === null ? [] : [p.id]));
    expect([...at('2021-04-06').byCountry.keys()].sort()).toEqual([...new Set(ids)].sort());
  });

  it('membershipsLens legend lists each institution’s tiers held on the day, with counts', () => {
    const legend = at('2021-04-06').legend;
    expect(legend.slice(0, 3).map((i) => [i.id, i.label, i.count, i.group])).toEqual([
      ['sco:member', 'SCO member', 8, 'Shanghai Cooperation Organisation'],
      ['sco:observer', 'SCO observer', 4, 'Shanghai Cooperation Organisation'],
      ['sco:dialogue-partner', 'SCO dialogue partner', 6, 'Shanghai Cooperation Organisation'],
    ]);
    expect(legend.map((i) => i.id)).toContain('nato:member');
    expect(at('2021-04-06').notes).toEqual([lensEn.stripesNote]);
  });

  it('membershipsLens before any membership has no legend items for tiers nobody holds', () => {
    const legend = at('2001-06-14').legend.map((i) => i.id);
    expect(legend).not.toContain('sco:member');
    expect(legend).toContain('nato:member');
  });

  it('membershipsLens on a story with no organisations colours nothing and has an empty legend', () => {
    const bare = {...miniStory(), organisations: [], memberships: []};
    const result = at('2020-01-01', bare);
    expect([...result.byCountry.values()].every((m) => m.colour === undefined && m.label === lensEn.noMembership)).toBe(true);
    expect(result.legend).toEqual([]);
    expect(result.notes).toEqual([]);
  });

  it('heldAt keeps one role per organisation, the highest, when a story’s intervals overlap', () => {
    const s = miniStory();
    const overlapping = {...s, memberships: [...s.memberships, {...s.memberships[0]!, country: '356', from: '2010'}]};
    expect(heldAt(indexMemberships(overlapping), '2012-01-01', '356').map((h) => h.membership.role)).toEqual(['member']);
  });

  it('membershipsLens on the NATO and SCO story needs no special case: Türkiye striped, the Shanghai Five in 1997', () => {
    const second = natoAndSco();
    const marks = at('2013-01-01', second).byCountry;
    expect(marks.get('792')?.value).toBe('nato:member sco:dialogue-partner');
    expect(marks.get('792')?.label).toBe('NATO member and SCO dialogue partner');
    expect(marks.get('792')?.stripes).toHaveLength(1);
    expect(at('1997-01-01', second).legend.map((i) => i.id)).toEqual(['nato:member', 'shanghai-five:member']);
    expect(at('2024-07-04', second).legend.map((i) => [i.id, i.count])).toEqual([
      ['sco:member', 10],
      ['sco:observer', 2],
      ['sco:dialogue-partner', 9],
      ['nato:member', 32],
    ]);
  });
});
