// Unit tests never touch the network: anything that forgets to inject a fetch fails loudly.
import {beforeEach, vi} from 'vitest';

beforeEach(() => {
  vi.stubGlobal('fetch', () => {
    throw new Error('unit tests must not use the network: inject Ports.fetch');
  });
});
