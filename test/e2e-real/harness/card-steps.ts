/** The steps of walking mentions with real keys, shared by both browsers' real-input suites. */
import { expect } from 'vitest';
import { waitFor } from '../../e2e/harness/browsers';
import { pressKeys } from './display';
import { cardBox, nextToLine, scrollSettled, showsText, textBox } from './page-reads';
import type { RealPage } from './real-browsers';

/** Presses a key combination (xdotool's spelling) and waits for the card to show `description`. */
export async function pressUntilCard(page: RealPage, combo: string, description: string): Promise<void> {
  pressKeys(combo);
  await waitFor(() => showsText(page, description), 5000, `the card showing “${description}”`);
}

/** Asserts that the name `name` in the element `#id` was scrolled into view and the card stands next to its line. */
export async function expectCardOn(page: RealPage, id: string, name: string): Promise<void> {
  await scrollSettled(page);
  const line = await textBox(page, id, name);
  const viewport = await page.evaluate(() => innerHeight);
  expect(line.top).toBeGreaterThanOrEqual(0);
  expect(line.bottom).toBeLessThanOrEqual(viewport);
  const card = await waitFor(() => cardBox(page), 5000, `the card next to ${name}`);
  expect(nextToLine(card, line), JSON.stringify({ card, line })).toBe(true);
}
