/** A hand-written case: text, and the mentions expected in it as "actorId=matched text", in order. */
export type Case = readonly [text: string, expected: readonly string[]];
