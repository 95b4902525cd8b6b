// A separate writer process for oci-layout-lock.test.ts: `node writer.mjs <dir> <prefix> <rounds>`
// puts one small manifest per round under the tag `<prefix>-<round>`.
import {parseReference} from '../../../packages/core/src/registry/reference.js';
import {LayoutStore} from '../../../packages/core/src/registry/oci-layout.js';
import {OCI_INDEX} from '../../../packages/core/src/registry/media-types.js';

const [dir, prefix, rounds] = process.argv.slice(2) as [string, string, string];
const store = new LayoutStore();
for (let round = 0; round < Number(rounds); round++) {
  const tag = `${prefix}-${round}`;
  const bytes = Buffer.from(
    JSON.stringify({schemaVersion: 2, mediaType: OCI_INDEX, manifests: [], annotations: {tag}}),
  );
  await store.putManifest(parseReference(`oci:${dir}:${tag}`), {mediaType: OCI_INDEX, bytes});
}
