import type {TemplateResult} from 'lit';
import {formatRange} from '../i18n/format.js';
import {presentMove, type Move} from '../timeline/keys.js';
import {slideAt} from '../timeline/slides.js';
import {claimsOf} from '../timeline/state.js';
import {slideView} from '../views/slide.js';
import {slideStyles} from '../views/slide.styles.js';
import {adoptStyles} from './on-demand.js';
import type {PresentHost as Host, PresentSession, SlideContext} from './present-controller.js';

/** Starts presenting: the keys of a clicker work wherever focus is until the session ends. */
export function startSession(host: Host, onMove: (move: Move) => void): PresentSession {
  adoptStyles(host.shadowRoot, slideStyles);
  return new Session(host, onMove);
}

/**
 * One presentation. Its key listener sits on the document, in the capture phase, so that it hears a clicker
 * before the slider, the map or the page can act on the key, wherever focus is; it is removed when the
 * presentation ends. Full screen is asked for while the reader's click still counts as a gesture (browsers
 * allow a few seconds); where it is refused (an iframe without `allowfullscreen`, a page that sets `present`
 * on load) the styles fill the window instead. Leaving full screen by the browser's own means (Escape, F11)
 * ends the presentation too.
 */
class Session implements PresentSession {
  private black = false;
  private notes = false;
  private fullscreen: boolean;
  private focused = false;
  private readonly returnFocus: Element | null | undefined;
  private readonly resize = new ResizeObserver(() => this.fit());

  constructor(
    private readonly host: Host,
    private readonly onMove: (move: Move) => void,
  ) {
    const active = document.activeElement;
    this.returnFocus = active === host ? host.shadowRoot?.activeElement : active;
    this.fullscreen = document.fullscreenElement === host;
    document.addEventListener('keydown', this.onKey, true);
    document.addEventListener('fullscreenchange', this.onFullscreen);
    this.resize.observe(host);
    // Without a gesture to spend, asking would only log a refusal.
    if (document.fullscreenEnabled && !this.fullscreen && navigator.userActivation?.isActive !== false) host.requestFullscreen().catch(() => undefined);
  }

  end(): void {
    document.removeEventListener('keydown', this.onKey, true);
    document.removeEventListener('fullscreenchange', this.onFullscreen);
    this.resize.disconnect();
    if (document.fullscreenElement === this.host) document.exitFullscreen().catch(() => undefined);
    // Back to what had focus, or to the slider when that is gone (the menu that held "Present" is closed).
    const back = this.returnFocus;
    void this.host.updateComplete.then(() => {
      if (!this.host.isConnected) return;
      const visible = back instanceof HTMLElement && back !== document.body && back.isConnected && back.checkVisibility();
      (visible ? back : this.host.shadowRoot?.querySelector<HTMLElement>('input[type="range"]'))?.focus();
    });
  }

  render({story, index, strings}: SlideContext): TemplateResult {
    const slide = slideAt(story, index);
    if (!this.focused) {
      this.focused = true;
      // Focus moves onto the slide, so that a screen reader follows and Tab stays in the presentation.
      void this.host.updateComplete.then(() => this.host.shadowRoot?.querySelector<HTMLElement>('.slide')?.focus({preventScroll: true}));
    }
    void this.host.updateComplete.then(() => this.fit());
    return slideView({
      slide,
      when: slide ? formatRange(slide.event.date, slide.event.end, strings) : '',
      claims: slide ? claimsOf(story, slide.event.id) : [],
      black: this.black,
      notes: this.notes,
      strings,
      onExit: this.exit,
      onNotes: () => this.toggle('notes'),
      onUnblack: () => this.toggle('black'),
    });
  }

  /**
   * Shrinks a slide whose text would overflow, in small steps, down to 90 %: the caption stays at 24 px or more
   * at 1080p. A clicker cannot scroll, so a long slide should fit; what still does not, scrolls.
   */
  private fit(): void {
    const slide = this.host.shadowRoot?.querySelector<HTMLElement>('.slide');
    if (!slide) return;
    // The style property, not a style attribute, so that a strict Content-Security-Policy allows it.
    for (let fit = 1; fit >= 0.9; fit = Math.round((fit - 0.025) * 1000) / 1000) {
      slide.style.setProperty('--fit', String(fit));
      if (slide.scrollHeight <= slide.clientHeight) return;
    }
  }

  private readonly exit = (): void => {
    this.host.present = false;
  };

  private toggle(what: 'black' | 'notes'): void {
    this[what] = !this[what];
    this.host.requestUpdate();
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || typing(e.composedPath()[0])) return;
    const action = this.actionOf(e);
    if (!action) return;
    e.preventDefault();
    e.stopPropagation();
    if (action === 'exit') this.exit();
    else if (action === 'black' || action === 'notes') this.toggle(action);
    // The first key after a blackout only brings the slide back, so that nothing moves unseen.
    else if (this.black) this.toggle('black');
    else this.onMove(action);
  };

  private actionOf(e: KeyboardEvent): Move | 'black' | 'notes' | 'exit' | undefined {
    if (e.key === 'Escape') return this.host.shadowRoot?.querySelector('[role="dialog"]') ? undefined : 'exit';
    if (e.ctrlKey || e.altKey || e.metaKey) return undefined;
    if (['b', 'B', '.'].includes(e.key)) return 'black';
    if (['n', 'N'].includes(e.key)) return 'notes';
    return presentMove(e, Boolean(this.host.shadowRoot?.querySelector('.frame')?.matches(':dir(rtl)')));
  }

  private readonly onFullscreen = (): void => {
    if (document.fullscreenElement === this.host) this.fullscreen = true;
    else if (this.fullscreen) this.exit();
  };
}

/** Keys typed into a text field are text, even while presenting. */
function typing(target: EventTarget | undefined): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['range', 'button', 'checkbox', 'radio', 'submit', 'reset'].includes(target.type);
}
