/**
 * `inhale serve`: build, serve and rebuild on change (see ../serve.ts); with `--encrypt`, build
 * the encrypted site and serve it, to try the unlock page before uploading it.
 */
import path from 'node:path';

import { CACHE_DIR } from '../../archive/cache-folder.ts';
import { openArchive, outFolder } from '../find-archive.ts';
import { encryptedBuild } from './build.ts';
import { archiveOption, audienceOption, defineCommand, outOption } from './command.ts';
import { forceWeakPasswordOption } from './password.ts';

export const serveCommand = defineCommand({
  command: 'serve',
  describe: 'Build, serve on 127.0.0.1 and rebuild on change, with live reload',
  builder: (y) =>
    y
      .option('archive', archiveOption)
      .option('out', outOption)
      .option('audience', audienceOption)
      .option('port', { alias: 'p', type: 'number', default: 8080, describe: 'Port to listen on' })
      .option('allowed-host', {
        type: 'string',
        array: true,
        describe: 'Also answer requests for this host name (repeatable)',
      })
      .option('encrypt', {
        type: 'boolean',
        default: false,
        describe:
          "Serve the encrypted site (INHALE_PASSWORD, or asked) to try its unlock page; built into the archive's cache unless --out, and not rebuilt on change",
      })
      .option('force-weak-password', forceWeakPasswordOption),
  handler: async (args) => {
    const { serve, startStaticServer } = await import('../serve.ts');
    const archiveDir = openArchive(args.archive);
    if (args.encrypt) {
      // Not into dist/: a plaintext build there stays as it is.
      const out = args.out ?? path.join(archiveDir, CACHE_DIR, 'preview-encrypted');
      await encryptedBuild(archiveDir, out, {
        audience: args.audience,
        changePassword: false,
        forceWeakPassword: args['force-weak-password'],
        force: false,
      });
      const server = await startStaticServer(out, args.port, {
        liveReload: false,
        allowedHosts: args.allowedHost,
      });
      console.log(
        `Serving the encrypted site on http://127.0.0.1:${server.port}/: unlock it with its password (Ctrl+C to stop)`,
      );
      return;
    }
    await serve({
      archiveDir,
      outDir: outFolder(archiveDir, args.out),
      port: args.port,
      audience: args.audience,
      allowedHosts: args.allowedHost,
    });
  },
});
