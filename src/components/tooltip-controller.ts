import {html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';

/** What a tooltip names: a country id, an unnamed area's name, or a pin's place id. */
export interface TipTarget {
  kind: 'id' | 'name' | 'place';
  key: string;
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The map's tooltip: it follows a mouse or pen, and keyboard focus when focus is visible; touch has the
 * popup instead. It keeps what it points at, not a copy of its text, so the text follows the day shown.
 * Its position is set through the CSSOM, which a strict Content-Security-Policy allows, unlike a style attribute.
 */
export class TooltipController implements ReactiveController {
  private target?: TipTarget & {edge: string};
  private at: [number, number] = [0, 0];

  constructor(
    private readonly host: Host,
    private readonly label: (target: TipTarget) => string | undefined,
  ) {
    host.addController(this);
  }

  readonly onPointer = (e: PointerEvent): void => {
    if (e.pointerType === 'touch') return;
    const stage = (e.currentTarget as HTMLElement).getBoundingClientRect();
    this.show((e.target as Element).closest('[data-id], [data-name], [data-place]'), e.clientX - stage.left, e.clientY - stage.top, stage.width);
  };

  readonly onFocus = (e: FocusEvent): void => {
    const target = e.target as Element;
    // A popup closed with the mouse returns focus to its country too, and that needs no tooltip.
    if (!target.matches?.('[data-id]:focus-visible')) return;
    const box = target.getBoundingClientRect();
    const stage = (e.currentTarget as HTMLElement).getBoundingClientRect();
    this.show(target, box.left + box.width / 2 - stage.left, box.top - stage.top, stage.width);
  };

  readonly hide = (): void => {
    if (!this.target) return;
    this.target = undefined;
    this.host.requestUpdate();
  };

  render(): TemplateResult | typeof nothing {
    const text = this.target && this.label(this.target);
    return text ? html`<div class="tip ${this.target?.edge}" aria-hidden="true">${text}</div>` : nothing;
  }

  hostUpdated(): void {
    this.place();
  }

  private show(element: Element | null, x: number, y: number, width: number): void {
    const [id, name, place] = ['data-id', 'data-name', 'data-place'].map((a) => element?.getAttribute(a));
    const found: TipTarget | undefined = id ? {kind: 'id', key: id} : name ? {kind: 'name', key: name} : place ? {kind: 'place', key: place} : undefined;
    if (!found) return this.hide();
    // Near an edge it hangs inward, and near the top it drops below the pointer, so it never leaves the map.
    const edge = `${x < width * 0.2 ? 'start' : x > width * 0.8 ? 'end' : 'middle'} ${y < 40 ? 'below' : 'above'}`;
    this.at = [x, y];
    const moved = this.target?.kind !== found.kind || this.target.key !== found.key || this.target.edge !== edge;
    this.target = {...found, edge};
    if (moved) this.host.requestUpdate();
    else this.place();
  }

  private place(): void {
    const tip = this.host.shadowRoot?.querySelector<HTMLElement>('.tip');
    tip?.style.setProperty('translate', `${this.at[0]}px ${this.at[1]}px`);
  }
}
