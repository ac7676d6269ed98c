/**
 * What the privacy tests look for in a built bundle. Comments are removed first by minifying the bundle
 * with esbuild (so a browser-bug link in a comment is not a finding), then code and strings are searched.
 */
import { transformSync } from 'esbuild';

/** Web APIs that reach the network. */
const NETWORK_APIS = [
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'EventSource',
  'sendBeacon',
  'importScripts',
  'RTCPeerConnection',
];

/**
 * URLs that are identifiers, not addresses: the XML namespaces Preact passes to `createElementNS` for SVG
 * and MathML. No request is ever made to them.
 */
const NAMESPACE_URIS = new Set([
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/XML/1998/namespace',
]);

/** Returns every finding in a bundle's code (empty when it is clean). */
export function scanBundle(code: string): string[] {
  const bare = transformSync(code, { minify: true, legalComments: 'none', loader: 'js' }).code;
  const findings: string[] = [];
  for (const api of NETWORK_APIS) {
    if (new RegExp(`(?<![\\w$])${api}(?![\\w$])`).test(bare)) findings.push(`network API: ${api}`);
  }
  if (/(?<![\w$.])eval\s*\(/.test(bare)) findings.push('eval(');
  if (/(?<![\w$])(?:new\s+)?Function\s*\(/.test(bare)) findings.push('Function constructor');
  if (/(?<![\w$])import\s*\(/.test(bare)) findings.push('dynamic import(');
  for (const [url] of bare.matchAll(/\b(?:https?|wss?|ftp):\/\/[^\s"'`)\\]*/gi)) {
    // `http://*/*` is a permission match pattern (what the onboarding page asks for), not an address.
    if (!NAMESPACE_URIS.has(url) && !/^[a-z]+:\/\/\*\//.test(url)) findings.push(`remote URL: ${url}`);
  }
  return findings;
}
