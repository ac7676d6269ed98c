/**
 * Where the content script's main-thread time goes, as User Timing measures named `fact-context:<what>`, for the
 * benchmarks and the end-to-end tests to read. Only builds with `__TIMING__` record them (development builds and
 * the benchmark's bundle): a release build compiles every call to nothing, so no page ever finds an entry of ours
 * in its performance timeline.
 */

/**
 * What is timed: a slice of queued work (the sentinel's too), an update of the painted window, a MutationObserver
 * callback, a scan; the sentinel's first look, from its start to its end, as `look` when it found no name key and
 * as `wake` when it found one (the content script's scan follows).
 */
export type Timed = 'slice' | 'window' | 'observer' | 'scan' | 'look' | 'wake';

/** Records the time from `start` (a `performance.now()` reading) until now as `fact-context:<what>`. */
export function measure(what: Timed, start: number): void {
  if (__TIMING__) performance.measure(`fact-context:${what}`, { start, end: performance.now() });
}
