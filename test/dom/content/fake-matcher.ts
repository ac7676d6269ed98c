/**
 * The mention engine as the scanner tests need it: "Putin" and "Kyiv", found where the page's text has them. Texts
 * come in the pieces the walk read them in (TextChunk.parts) and are joined here, as the background joins them.
 */
import { packMentions, type Mention, type PackedMentions } from '../../../src/match';

/** Each text's mentions of "Putin" and "Kyiv" (actor ids "putin", "kyiv"), unpacked. */
export function putinKyivIn(texts: readonly (readonly string[])[]): Mention[][] {
  return texts.map((parts) =>
    [...parts.join('').matchAll(/Putin|Kyiv/g)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      actorId: m[0].toLowerCase(),
    })),
  );
}

/** The same, packed as the background answers. */
export function findPutinKyiv(texts: readonly (readonly string[])[]): PackedMentions {
  return packMentions(putinKyivIn(texts));
}
