import {describe, expect, it} from 'vitest';
import {evidenceAt, opinionGroupsAt, votesPhrase} from '../../../src/lens/evidence.js';
import {lensEn} from '../../../src/lens/strings.js';
import {builtIn, natoAndSco, places, voteTable} from '../../helpers/lens.js';
import {miniStory} from '../../helpers/story.js';

const story = builtIn();
const table = voteTable();
const day = '2021-04-06';

describe('opinionGroupsAt', () => {
  it('opinionGroupsAt(story, 2021-04-06) reads the official’s groups from the story', () => {
    const groups = opinionGroupsAt(story, day);
    expect(groups.map((g) => g.bloc.id)).toEqual(['eastern', 'western', 'western-allies', 'undecided']);
    expect(groups[0]?.countries).toEqual(['156', '643', '364', '586']);
    expect(groups[1]?.countries).toEqual(['840', '356', '392', '036']);
    expect(groups[3]?.countries).toContain('792');
  });
  it('opinionGroupsAt the day before has none of the official’s groups yet', () => {
    expect(opinionGroupsAt(story, '2021-04-05').map((g) => g.bloc.id)).toEqual([]);
  });
  it('opinionGroupsAt lists a country in two opinion groups when alignments overlap', () => {
    const extra = {...story.alignments.find((a) => a.bloc === 'western' && a.country === '356')!, bloc: 'eastern'};
    const groups = opinionGroupsAt({...story, alignments: [...story.alignments, extra]}, day);
    expect(groups[0]?.countries).toContain('356');
    expect(groups[1]?.countries).toContain('356');
  });
});

describe('evidenceAt', () => {
  const groups = evidenceAt(story, day, places, table, lensEn);
  const row = (id: string) => groups.flatMap((g) => g.rows).find((r) => r.country === id)!;

  it('evidenceAt(story, 2021-04-06) writes India’s row from its memberships and its 2019 votes', () => {
    expect(row('356').text).toBe(
      'India: SCO member and Quad member; votes closer to China and Russia than to the USA in 2019 (agreement with China 89 %, Russia 82 % and the USA 27 %)',
    );
  });

  it('evidenceAt writes the Eastern block’s rows, Iran still an SCO observer in April 2021', () => {
    expect(groups[0]?.rows.map((r) => r.text)).toEqual([
      'China: SCO member; in 2019, UN votes agree with Russia 87 % and the USA 21 %',
      'Russia: SCO member; in 2019, UN votes agree with China 87 % and the USA 29 %',
      'Iran: SCO observer; votes closer to China and Russia than to the USA in 2019 (agreement with China 89 %, Russia 78 % and the USA 16 %)',
      'Pakistan: SCO member and MNNA designated ally; votes closer to China and Russia than to the USA in 2019 (agreement with China 91 %, Russia 81 % and the USA 27 %)',
    ]);
  });

  it('evidenceAt shows Japan in the Quad voting closer to China and Russia, Australia closer to the USA', () => {
    expect(row('392').votes).toMatch(/^votes closer to China and Russia than to the USA in 2019/);
    expect(row('036').votes).toMatch(/^votes closer to the USA than to China and Russia in 2019/);
  });

  it('evidenceAt writes Türkiye and Palestine among the undecided, Palestine with no UN votes', () => {
    expect(row('792').memberships).toBe('NATO member and SCO dialogue partner');
    expect(row('275').text).toBe('Palestine: Arab League member; no UN General Assembly votes in 2019');
  });

  it('evidenceAt without the votes table gives the memberships alone', () => {
    const india = evidenceAt(story, day, places, null, lensEn)[1]?.rows[1];
    expect(india).toEqual({country: '356', name: 'India', memberships: 'SCO member and Quad member', text: 'India: SCO member and Quad member'});
  });

  it('evidenceAt on a story without organisations says no membership is recorded', () => {
    const bare = {...miniStory(), organisations: [], memberships: []};
    const rows = evidenceAt(bare, '2020-01-01', places, table, lensEn).flatMap((g) => g.rows);
    expect(rows.map((r) => r.country)).toEqual(['356', '840']);
    expect(rows[0]?.memberships).toBe(lensEn.noMembership);
  });

  it('evidenceAt on the NATO and SCO story, which holds no opinion, is empty', () => {
    expect(evidenceAt(natoAndSco(), '2024-07-04', places, table, lensEn)).toEqual([]);
  });

  it('evidenceAt on a story without opinion groups is empty', () => {
    const s = miniStory();
    expect(evidenceAt({...s, blocs: s.blocs.map(({opinion: _, ...b}) => b)}, '2020-01-01', places, table, lensEn)).toEqual([]);
  });
});

describe('votesPhrase', () => {
  it('votesPhrase before 2001 says there is no vote data', () => expect(votesPhrase(table, '2000-06-01', '356', lensEn)).toBe('no UN vote data before 2001'));
  it('votesPhrase in 2005 uses the 2005 votes', () => expect(votesPhrase(table, '2005-07-05', '356', lensEn)).toMatch(/in 2005 \(agreement with China 88 %/));
  it('votesPhrase is undefined while the votes are not loaded', () => expect(votesPhrase(null, day, '356', lensEn)).toBeUndefined());
});
