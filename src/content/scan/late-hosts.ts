/**
 * Custom elements the page has not defined yet when the scan runs (`<news-card>` whose script loads later). When
 * the definition arrives, the element upgrades and usually attaches a shadow root with its text, and no
 * MutationObserver of ours sees that: the text goes into a tree nobody observes yet. So the scanner keeps the
 * undefined elements and looks at them again on the page's next DOM batches and a few times after the scan.
 * The candidates come from the scan itself (the walk and the first look meet every custom element), so finding
 * them costs no pass over the page of its own, and only custom elements without a shadow root are tested.
 */
import { later, cancel } from '../../shared/timers';

/** At most this many elements are kept (each later look costs a property read per element). */
const MAX_HOSTS = 500;

export class LateHosts {
  private hosts: Element[] = [];

  /** Keeps `el`, a custom element met without a shadow root, if it is not defined yet. */
  add(el: Element): void {
    if (this.hosts.length < MAX_HOSTS && notDefined(el)) this.hosts.push(el);
  }

  /** True while some element is still waiting. */
  get waiting(): boolean {
    return this.hosts.length > 0;
  }

  /**
   * The open shadow roots the waiting elements have attached since; an element stops waiting once it has one,
   * once it is defined (it attaches its root as it upgrades, or never), or once it left the page.
   */
  attached(): ShadowRoot[] {
    const roots: ShadowRoot[] = [];
    this.hosts = this.hosts.filter((host) => {
      if (!host.isConnected) return false;
      const shadow = host.shadowRoot;
      if (shadow) {
        roots.push(shadow);
        return false;
      }
      return notDefined(host);
    });
    return roots;
  }
}

/** When custom elements not yet defined at the scan are looked at again (ms after the scan), besides DOM batches. */
const LATE_CHECKS_MS = [1_000, 3_000, 10_000];

/** The scan's waiting custom elements, looked at again a few times after the scan and on every DOM batch. */
export class LateHostChecks {
  private late: LateHosts | undefined;
  private timers: number[] = [];

  /** `found` gets each shadow root a waiting element attached. */
  constructor(private readonly found: (shadow: ShadowRoot) => void) {}

  /** Starts waiting for these elements (dropping any earlier wait). */
  wait(late: LateHosts): void {
    this.stop();
    if (!late.waiting) return;
    this.late = late;
    this.timers = LATE_CHECKS_MS.map((ms) => later(() => this.check(), ms));
  }

  /** Hands over the shadow roots attached since the last look. */
  check(): void {
    if (!this.late) return;
    for (const shadow of this.late.attached()) this.found(shadow);
    if (!this.late.waiting) this.stop();
  }

  /** Stops waiting. */
  stop(): void {
    for (const timer of this.timers) cancel(timer);
    this.timers = [];
    this.late = undefined;
  }
}

function notDefined(el: Element): boolean {
  try {
    return !el.matches(':defined');
  } catch {
    return false; // a DOM without `:defined` has no custom elements to wait for
  }
}
