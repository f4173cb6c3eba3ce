/**
 * The alignment map: importing this module registers <alignment-map>.
 */
export {AlignmentMap} from './components/alignment-map.js';
export {AlignmentCountrySelectEvent, AlignmentDateChangeEvent} from './events.js';
export type * from './model/types.js';
