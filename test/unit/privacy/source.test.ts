/**
 * Data is rendered as text, never as HTML; the content script takes no commands from the page. These are
 * source-level guards: a new use of an HTML sink or a page-message listener has to be argued for here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '../../../src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.(ts|tsx)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const HTML_SINKS =
  /\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML|createContextualFragment|DOMParser|srcdoc)\b/;
// A runtime.Port (always named `port`: src/shared/messaging.ts) reaches only this extension's own contexts; any other
// postMessage (a window's, a frame's) would talk to pages.
// A MessageChannel's own ports (port1/port2) are private to the context that made them, not a page channel.
const PAGE_CHANNELS =
  /addEventListener\(\s*['"]message['"]|(?<!\bport1\.)\bonmessage\s*=|(?<!\bport[12]?\.)\bpostMessage\(|new\s+CustomEvent\(|externally_connectable|onMessageExternal|onConnectExternal/;

describe('the source', () => {
  const files = sources(src);

  it('never inserts text as HTML', () => {
    const hits = files.filter((f) => HTML_SINKS.test(readFileSync(f, 'utf8'))).map((f) => relative(src, f));
    expect(hits).toEqual([]);
  });

  it('listens to no page messages and accepts no messages from other extensions or sites', () => {
    const hits = files.filter((f) => PAGE_CHANNELS.test(readFileSync(f, 'utf8'))).map((f) => relative(src, f));
    expect(hits).toEqual([]);
  });
});
