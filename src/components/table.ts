import type {ReactiveControllerHost, TemplateResult} from 'lit';
import {world} from '../built-in.js';
import {countryName} from '../i18n/names.js';
import type {Strings} from '../i18n/strings.js';
import type {Alignment, Story} from '../model/types.js';
import type {Sort, SortKey} from '../timeline/table.js';
import {tableStyles, tableView} from '../views/table.js';
import {adoptStyles} from './on-demand.js';

/** What the table shows: the story on the day the timeline is on. */
export interface TableInput {
  story: Story;
  day: string;
  alignments: ReadonlyMap<string, readonly Alignment[]>;
  strings: Strings;
}

/** The table view's state, loaded on demand: how it is sorted. A sort button pressed twice reverses it. */
export class Table {
  private sort: Sort = {key: 'name', direction: 'ascending'};

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly select: (id: string) => void,
  ) {
    adoptStyles(host.shadowRoot, tableStyles);
  }

  render(input: TableInput): TemplateResult {
    const onSort = (key: SortKey) => {
      const flip = this.sort.key === key && this.sort.direction === 'ascending';
      this.sort = {key, direction: flip ? 'descending' : 'ascending'};
      this.host.requestUpdate();
    };
    const countries = world.countries.map((c) => ({...c, name: countryName(c, input.strings)}));
    return tableView({...input, countries, sort: this.sort, onSort, onOpen: this.select});
  }
}
