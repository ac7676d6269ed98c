/**
 * The site "Pause on this site" is read against: the top frame's, for every frame of the tab. An `about:blank`,
 * inline-document, `blob:` or `data:` frame has no host of its own, and a paused webmail's frames must stay paused.
 * The top frame reads its own address; a frame of the same origin reads the top's; Chrome tells every frame the top
 * frame's origin (`ancestorOrigins`); elsewhere (Firefox, another origin) the background answers from the tab.
 */
import { sendToBackground } from '../shared/messaging';
import { siteKey } from '../shared/settings';

export async function topSite(): Promise<string> {
  if (window === window.top) return siteKey(location.href);
  try {
    const href = window.top!.location.href;
    if (href && !href.startsWith('about:')) return siteKey(href);
  } catch {
    // Another origin: the address is not ours to read.
  }
  const origins = location.ancestorOrigins as DOMStringList | undefined;
  const top = origins?.length ? origins.item(origins.length - 1) : null;
  if (top && top !== 'null') return siteKey(top);
  const answer = await sendToBackground('top-site', {});
  return answer.ok ? answer.value.site : '';
}
