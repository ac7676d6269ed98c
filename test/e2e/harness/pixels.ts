/** Reads the pixels of a screenshot, to check what a reader would see on screen rather than what the page's objects say. */
import { PNG } from 'pngjs';

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, 4 bytes per pixel, row after row. */
  rgba: Uint8Array;
}

export function decodePng(png: Buffer): Pixels {
  const { width, height, data } = PNG.sync.read(png);
  return { width, height, rgba: data };
}

/** How many pixels inside a rectangle (CSS pixels at a device pixel ratio of 1) pass `test`. */
export function countPixels(
  pixels: Pixels,
  rect: { left: number; top: number; right: number; bottom: number },
  test: (r: number, g: number, b: number) => boolean,
): number {
  let count = 0;
  for (let y = Math.max(0, Math.floor(rect.top)); y < Math.min(pixels.height, Math.ceil(rect.bottom)); y++) {
    for (let x = Math.max(0, Math.floor(rect.left)); x < Math.min(pixels.width, Math.ceil(rect.right)); x++) {
      const i = (y * pixels.width + x) * 4;
      if (test(pixels.rgba[i]!, pixels.rgba[i + 1]!, pixels.rgba[i + 2]!)) count++;
    }
  }
  return count;
}
