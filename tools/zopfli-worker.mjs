// A worker of tools/postbuild.mjs: writes <file>.gz with Zopfli for each file path it is sent,
// after checking that zlib reads it back to the same bytes.
import { parentPort } from 'node:worker_threads';
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';

parentPort.on('message', async (path) => {
  const data = readFileSync(path);
  const gz = Buffer.from(await gzipAsync(data, { numiterations: 15, blocksplittingmax: 0 }));
  if (!gunzipSync(gz).equals(data)) throw new Error(`postbuild: ${path}.gz does not read back to ${path}`);
  writeFileSync(path + '.gz', gz);
  parentPort.postMessage(path);
});
