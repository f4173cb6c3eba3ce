import {html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import type {World} from '../geo/world.js';
import {fill, type Strings} from '../i18n/strings.js';
import type {LensName} from '../lens/types.js';
import type {Look} from '../views/countries.js';
import type {DayView} from '../views/day.js';
import {LENS_NAMES, lensPickView} from '../views/lens-pick.js';
import type {MenuItem} from '../views/toolbar.js';
import type {LensSession} from './lens-chunk.js';
import {OnDemand} from './on-demand.js';

/**
 * The "Colour by" lenses and the claim-and-evidence table. The first view holds only the control and which lens
 * is chosen; the lenses, their legend and the table are a chunk (`LensSession`), and the UN votes a further
 * one, fetched when a reader or the `lens` attribute first asks for them. Until they arrive the map keeps the
 * story's blocs and the legend says it is loading; if they cannot be had, a notice says so and the blocs stay.
 */
export class LensController implements ReactiveController {
  /** The lens drawn: `blocs` for an unknown value. */
  lens: LensName = 'blocs';
  /** Whether the claim-and-evidence table is open. */
  evidence = false;
  private bad?: string;
  /** The table was just opened: its heading takes focus once drawn, so that a screen reader says where it went. */
  private focus = false;
  private session?: LensSession;
  private readonly chunk: OnDemand<typeof import('./lens-chunk.js')>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly world: World,
    /** Sets the element's `lens`, for the reader's choice in the control. */
    private readonly pick: (lens: LensName) => void,
  ) {
    this.chunk = new OnDemand(host, 'the colour lenses', () => import('./lens-chunk.js'));
    host.addController(this);
  }

  hostUpdated(): void {
    const heading = this.focus && this.host.shadowRoot?.querySelector<HTMLElement>('#evidence-title');
    if (heading) (heading.focus(), (this.focus = false));
  }

  /** Call before each render with the `lens` attribute's value and the interface's words. */
  sync(value: string | undefined, t: Strings): void {
    this.session?.use(t);
    const known = LENS_NAMES.find((name) => name === value);
    this.bad = value == null || known ? undefined : value;
    this.lens = known ?? 'blocs';
    this.fetch(false);
  }

  /** An unknown `lens`, and why a lens cannot be shown, for the notices. */
  notes(t: Strings): string[] {
    const notes = [this.bad === undefined ? undefined : fill(t.badLens, {value: this.bad}), this.chunk.failure, this.session?.failure];
    return notes.filter((note) => note !== undefined);
  }

  /** How each country looks on the day: the lens's once it is here, the story's groups until then. */
  look(view: DayView): Look {
    return (this.lens !== 'blocs' && this.session?.found(this.lens, view)?.look) || view.look;
  }

  /** The "Colour by" control. */
  tool(t: Strings): TemplateResult {
    return lensPickView(this.lens, t, (lens) => {
      this.pick(lens);
      this.lens = lens;
      this.fetch(true);
    });
  }

  /** The More menu's way to the claim-and-evidence table. */
  menuItem(t: Strings): MenuItem {
    return {id: 'evidence', label: t.evidence, run: () => this.toggle(true)};
  }

  /** The legend under a lens, in the bloc legend's place (busy until it arrives); undefined where the bloc legend stays. */
  key(view: DayView, t: Strings): TemplateResult | undefined {
    if (this.lens === 'blocs' || this.chunk.failure || (this.lens === 'votes' && this.session?.failure)) return undefined;
    return (
      this.session?.key(this.lens, view, t, {open: this.evidence, onToggle: () => this.toggle(!this.evidence)}) ??
      html`<div class="key" part="legend" aria-busy="true"><p class="muted">${t.lensLoading}</p></div>`
    );
  }

  /** The claim-and-evidence table, at the top of the panel while it is open. */
  panel(view: DayView, t: Strings): TemplateResult | typeof nothing {
    if (!this.evidence || this.chunk.failure) return nothing;
    return this.session?.panel(view, t, () => this.toggle(false)) ?? html`<p class="muted" aria-busy="true">${t.lensLoading}</p>`;
  }

  private toggle(open: boolean): void {
    this.evidence = open;
    this.fetch(true);
    this.host.requestUpdate();
    this.focus = open;
  }

  /** Fetches what the lens and the table need. After a failure only a reader's action (`retry`) tries again. */
  private fetch(retry: boolean): void {
    const votes = this.lens === 'votes' || this.evidence;
    if ((this.lens === 'blocs' && !this.evidence) || (this.chunk.failure && !retry)) return;
    void this.chunk.get().then((module) => {
      if (module && !this.session) {
        // The update this asks for syncs the session's language before it draws anything.
        this.session = new module.LensSession(this.host, this.world);
        this.host.requestUpdate();
      }
      if (votes) this.session?.need(retry);
    });
  }
}
