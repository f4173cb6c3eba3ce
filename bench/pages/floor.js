// The floor: what any page showing this map must at least do, download and parse the topology. It draws
// nothing, and its step changes nothing, so its times are the harness's own cost.
import {afterPaint} from './story.js';

await (await fetch('data/countries-110m.json')).json();
window.step = () => {};
await afterPaint();
performance.mark('drawn');
