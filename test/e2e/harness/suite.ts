/** The set-up every end-to-end suite shares: a local server and one browser with the extension, per describe block. */
import { afterAll, beforeAll } from 'vitest';
import { launch, type BrowserName, type LaunchOptions, type Session } from './browsers';
import { startServer, type TestServer } from './server';

/** What `useBrowser` provides; filled in before the first test of the block runs. */
export interface BrowserEnv {
  session: Session;
  server: TestServer;
}

/**
 * Registers hooks that start a server on 127.0.0.1 and launch `name` with the built extension, and close both after.
 * The options may depend on the server (its origin).
 */
export function useBrowser(
  name: BrowserName,
  options?: LaunchOptions | ((server: TestServer) => LaunchOptions),
): BrowserEnv {
  const env = {} as BrowserEnv;
  beforeAll(async () => {
    env.server = await startServer();
    env.session = await launch(name, typeof options === 'function' ? options(env.server) : options);
  });
  afterAll(async () => {
    await env.session?.close();
    await env.server?.close();
  });
  return env;
}
