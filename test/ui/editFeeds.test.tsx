// The editor names the mechanism the selected parameter feeds (src/domain/parameterFeeds.ts).
import { afterEach, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { KEY, renderApp } from './support.js';

afterEach(cleanup);

it('shows what the selected parameter feeds', async () => {
  const app = renderApp({ initial: 'asean-russia-2022', seed: '3' });
  await app.press('e', 's', KEY.enter);
  // The first row is a position's ideal wording.
  expect(await app.until('Feeds: stance: the wording it proposes and prefers')).toContain('Feeds: stance');
});
