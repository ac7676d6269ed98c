/** Scan events for scanner tests: nothing is painted (happy-dom has no CSS Custom Highlight API); `changed` is the test's. */
import type { ScanEvents } from '../../../src/content/scan/scan-events';

export function scanEvents(changed: () => void = () => {}): ScanEvents {
  return { added() {}, removed() {}, deferred() {}, domChanged() {}, batchHandled() {}, changed };
}
