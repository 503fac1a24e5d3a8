// After the build: a gzip copy beside each script and style sheet, so the service sends the packed file to a
// browser that accepts gzip (Payara Micro does not compress on the fly). Node's own zlib, no dependency.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';

const assets = 'target/classes/META-INF/resources/app/assets';
for (const name of readdirSync(assets)) {
  if (!/\.(js|css|svg)$/.test(name)) continue;
  const packed = gzipSync(readFileSync(join(assets, name)), { level: constants.Z_BEST_COMPRESSION });
  writeFileSync(join(assets, `${name}.gz`), packed);
  console.log(`${name}.gz ${(packed.length / 1024).toFixed(1)} kB`);
}
