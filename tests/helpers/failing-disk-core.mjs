// Makes writes into one folder fail as a full disk (ENOSPC) or a locked folder (EACCES) would.
// Patches node:fs and updates its ES module exports, so `import { writeFileSync }` sees it too.
import fs from 'node:fs';
import path from 'node:path';
import { syncBuiltinESMExports } from 'node:module';

const MESSAGES = { ENOSPC: 'no space left on device', EACCES: 'permission denied' };

/** Fails writes under `folder` after the first `after`; returns a function that undoes it. */
export function failWrites(folder, { code, after = 0 }) {
  const root = path.resolve(folder) + path.sep;
  const originals = {
    writeFileSync: fs.writeFileSync,
    linkSync: fs.linkSync,
    openSync: fs.openSync,
  };
  let allowed = after;
  const guard = (name) =>
    function (target, ...rest) {
      // A file opened to be written (the page writer writes through a descriptor); reads pass.
      const writes = name !== 'openSync' || /[wa]/.test(String(rest[0] ?? 'r'));
      // A write through a descriptor was guarded when the file was opened.
      if (typeof target === 'number' || !writes) return originals[name].call(this, target, ...rest);
      const file = path.resolve(String(name === 'linkSync' ? rest[0] : target));
      if (file.startsWith(root) && allowed-- <= 0) {
        // A full disk fails after part of the file is written: leave a part, as it would.
        if (name !== 'linkSync') originals.writeFileSync(file, '');
        const error = new Error(`${code}: ${MESSAGES[code]}, open '${file}'`);
        throw Object.assign(error, { code, path: file, syscall: 'open' });
      }
      return originals[name].call(this, target, ...rest);
    };
  fs.writeFileSync = guard('writeFileSync');
  fs.linkSync = guard('linkSync');
  fs.openSync = guard('openSync');
  syncBuiltinESMExports();
  return () => {
    Object.assign(fs, originals);
    syncBuiltinESMExports();
  };
}
