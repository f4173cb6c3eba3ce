import {describe, expect, it} from 'vitest';
import {alignmentOf, alignmentsAt, membershipsAt} from '../../../src/timeline/state.js';
import {sortRows, tableRows, type TableRow} from '../../../src/timeline/table.js';
import {miniStory} from '../../helpers/story.js';

const story = miniStory();
const countries = [
  {id: '586', name: 'Pakistan'},
  {id: '643', name: 'Russia'},
  {id: '356', name: 'India'},
  {id: '840', name: 'United States'},
  {id: '004', name: 'Afghanistan'},
];

function rowsOn(day: string): TableRow[] {
  const alignments = alignmentsAt(story, day);
  return tableRows({
    countries,
    blocsOf: (id) => alignmentOf(alignments, {id}).flatMap((a) => story.blocs.find((b) => b.id === a.bloc) ?? []),
    membershipsOf: (id) => membershipsAt(story, day, id),
    organisations: story.organisations,
  });
}
const column = (rows: TableRow[]) => rows.map((r) => r.name);

describe('tableRows', () => {
  it('tableRows gives each country its group and memberships on the day', () => {
    const rows = rowsOn('2017-06-09');
    expect(rows.find((r) => r.id === '586')).toMatchObject({blocs: [{id: 'red'}], memberships: ['Club member']});
    expect(rows.find((r) => r.id === '004')).toMatchObject({blocs: [], memberships: []});
  });
  it('tableRows follows the day: India was an observer before 2017', () => {
    expect(rowsOn('2010-01-01').find((r) => r.id === '356')?.memberships).toEqual(['Club observer']);
    expect(rowsOn('2010-01-01').find((r) => r.id === '356')?.blocs).toEqual([]);
  });
});

describe('sortRows', () => {
  const rows = rowsOn('2017-06-09');
  it('sortRows by name, both ways', () => {
    expect(column(sortRows(rows, {key: 'name', direction: 'ascending'}, story.blocs))).toEqual(['Afghanistan', 'India', 'Pakistan', 'Russia', 'United States']);
    expect(column(sortRows(rows, {key: 'name', direction: 'descending'}, story.blocs))).toEqual(['United States', 'Russia', 'Pakistan', 'India', 'Afghanistan']);
  });
  it('sortRows by group in the story’s order, ties by name, ungrouped last either way', () => {
    expect(column(sortRows(rows, {key: 'bloc', direction: 'ascending'}, story.blocs))).toEqual(['Pakistan', 'Russia', 'India', 'United States', 'Afghanistan']);
    expect(column(sortRows(rows, {key: 'bloc', direction: 'descending'}, story.blocs))).toEqual(['India', 'United States', 'Pakistan', 'Russia', 'Afghanistan']);
  });
  it('sortRows by memberships, countries with none last', () => {
    const sorted = column(sortRows(rowsOn('2010-01-01'), {key: 'memberships', direction: 'descending'}, story.blocs));
    expect(sorted[0]).toBe('India');
    expect(sorted.slice(1)).toEqual(['Afghanistan', 'Pakistan', 'Russia', 'United States']);
  });
});
