/**
 * The CSS Custom Highlight API for DOM tests (happy-dom has none): `Highlight` as a set of ranges with a priority,
 * and `CSS.highlights` as a map, shared with "the page" as in a browser. Returns the registry.
 */
export function installHighlightRegistry(): Map<string, Set<AbstractRange>> {
  class FakeHighlight extends Set<AbstractRange> {
    priority = 0;
  }
  const registry = new Map<string, Set<AbstractRange>>();
  const scope = globalThis as Record<string, unknown>;
  scope.Highlight = FakeHighlight;
  scope.StaticRange ??= class {
    readonly startContainer: Node;
    readonly startOffset: number;
    readonly endContainer: Node;
    readonly endOffset: number;
    constructor(init: StaticRangeInit) {
      ({
        startContainer: this.startContainer,
        startOffset: this.startOffset,
        endContainer: this.endContainer,
        endOffset: this.endOffset,
      } = init);
    }
  };
  scope.CSS = { ...((scope.CSS as object | undefined) ?? {}), highlights: registry };
  return registry;
}
