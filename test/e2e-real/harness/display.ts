/**
 * Real input on the virtual display the tier runs in (`xvfb-run`): a window manager so that windows take
 * keyboard focus, key presses and pointer moves through `xdotool` (the X server sees them exactly as a
 * keyboard's and a mouse's), and screenshots of the whole display (browser chrome included) through `xwd`.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

/** Fails at once, with the command to use, when the tier runs without a display. */
export function requireDisplay(): string {
  const display = process.env.DISPLAY;
  if (!display) throw new Error('no X display: run the real-input tier with `npm run test:real` (under xvfb-run)');
  return display;
}

/** Runs xdotool with these arguments; returns its output, trimmed. */
function xdotool(...args: string[]): string {
  return execFileSync('xdotool', args, { encoding: 'utf8', timeout: 15_000 }).trim();
}

/** Presses a key combination as a keyboard does (e.g. "alt+shift+period"), ignoring modifiers held meanwhile. */
export function pressKeys(combo: string): void {
  xdotool('key', '--clearmodifiers', combo);
}

/** Moves the real pointer to a point of the screen. */
export function movePointer(x: number, y: number): void {
  xdotool('mousemove', String(Math.round(x)), String(Math.round(y)));
}

/** Clicks the left button where the pointer is, or at a point of the screen. */
export function clickAt(x: number, y: number): void {
  xdotool('mousemove', String(Math.round(x)), String(Math.round(y)), 'click', '1');
}

/** The visible top-level windows whose class matches (e.g. "chromium", "firefox"), newest last. */
export function windowsOf(windowClass: string): string[] {
  try {
    return xdotool('search', '--onlyvisible', '--class', windowClass).split('\n').filter(Boolean);
  } catch {
    return []; // xdotool exits 1 when nothing matches
  }
}

/** Raises a window and gives it the keyboard focus (needs the window manager). */
export function activate(window: string): void {
  xdotool('windowactivate', '--sync', window);
}

let wm: ChildProcess | undefined;

/** Starts openbox on the display once (without a window manager Firefox never takes the keyboard focus). */
export async function startWindowManager(): Promise<void> {
  requireDisplay();
  if (wm) return;
  wm = spawn('openbox', ['--sm-disable'], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 500));
}

/** Stops the window manager this process started. */
export function stopWindowManager(): void {
  if (wm?.pid) wm.kill();
  wm = undefined;
}

/** The whole display as pixels (RGBA rows), read from `xwd -root`. */
function grabDisplay(): PNG {
  const xwd = execFileSync('xwd', ['-root', '-silent'], { maxBuffer: 64 << 20 });
  // XWD: a big-endian header (its size first), then a colour map, then the image rows.
  const header = (i: number) => xwd.readUInt32BE(i * 4);
  const headerSize = header(0);
  const [width, height, byteOrder, bitsPerPixel, bytesPerLine, colourMapEntries] = [
    header(4),
    header(5),
    header(7),
    header(11),
    header(12),
    header(19),
  ];
  if (bitsPerPixel !== 32 && bitsPerPixel !== 24) throw new Error(`xwd: ${bitsPerPixel} bits per pixel`);
  const step = bitsPerPixel / 8;
  const start = headerSize + colourMapEntries * 12;
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const from = start + y * bytesPerLine + x * step;
      const to = (y * width + x) * 4;
      // TrueColor: BGR(X) when the least significant byte comes first (byte order 0), else (X)RGB.
      const msb = from + step - 3;
      const [r, g, b] = byteOrder === 0 ? [from + 2, from + 1, from] : [msb, msb + 1, msb + 2];
      png.data[to] = xwd[r]!;
      png.data[to + 1] = xwd[g]!;
      png.data[to + 2] = xwd[b]!;
      png.data[to + 3] = 255;
    }
  }
  return png;
}

/** Saves a screenshot of the whole display as PNG. */
export function screenshotDisplay(path: string): PNG {
  const png = grabDisplay();
  writeFileSync(path, PNG.sync.write(png));
  return png;
}
