import { TOUR_STEPS, tourIndexAfter, type TourStep } from '../domain/tour-steps';
import { VIEW_TABS, type ViewState, type ViewTab } from './view-state.svelte';

/**
 * The guided tour: closed, or open at one step whose tab is shown. Arrows:
 *   closed --start--> open at step 1 (its tab shown)
 *   open --next/previous/go--> open at that step (its tab shown); no wrap at either end
 *   open --close (Esc, ×, Done)--> closed; the tab stays where the tour left it
 */
export class Tour {
  readonly steps: readonly TourStep[] = TOUR_STEPS;
  open = $state(false);
  index = $state(0);
  step = $derived(this.steps[this.index]);
  readonly #view: ViewState;

  constructor(view: ViewState) {
    this.#view = view;
  }

  get isFirst(): boolean {
    return this.index === 0;
  }

  get isLast(): boolean {
    return this.index === this.steps.length - 1;
  }

  start(): void {
    this.open = true;
    this.#goTo(0);
  }

  next(): void {
    this.#goTo(tourIndexAfter(this.index, 'next', this.steps.length));
  }

  previous(): void {
    this.#goTo(tourIndexAfter(this.index, 'previous', this.steps.length));
  }

  go(index: number): void {
    this.#goTo(Math.min(this.steps.length - 1, Math.max(0, index)));
  }

  close(): void {
    this.open = false;
  }

  #goTo(index: number): void {
    this.index = index;
    const tab = this.steps[index].tab;
    if ((VIEW_TABS as readonly string[]).includes(tab)) this.#view.tab = tab as ViewTab;
  }
}
