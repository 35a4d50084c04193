/** `inhale serve`: build, serve and rebuild on change (see ../serve.ts). */
import { serve } from '../serve.ts';
import { openArchive, outFolder } from '../find-archive.ts';
import { archiveOption, audienceOption, defineCommand, outOption } from './command.ts';

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
      }),
  handler: async (args) => {
    const archiveDir = openArchive(args.archive);
    await serve({
      archiveDir,
      outDir: outFolder(archiveDir, args.out),
      port: args.port,
      audience: args.audience,
      allowedHosts: args.allowedHost,
    });
  },
});
