/** `inhale password`: a new password for an encrypted site. */
import { openArchive, outFolder } from '../find-archive.ts';
import { archiveOption, defineCommand, outOption } from './command.ts';

export const forceWeakPasswordOption = {
  type: 'boolean',
  default: false,
  describe: 'Accept a password that is short, common or made of few characters',
} as const;

export const passwordCommand = defineCommand({
  command: 'password',
  describe: 'Change the password of an encrypted site (rewraps its key; no file is re-encrypted)',
  builder: (y) =>
    y
      .option('archive', archiveOption)
      .option('out', outOption)
      .option('force-weak-password', forceWeakPasswordOption),
  handler: async (args) => {
    const archive = openArchive(args.archive);
    const out = outFolder(archive, args.out);
    await newPassword(archive, out, args['force-weak-password']);
    console.log(`Changed the password of ${out}/ (keys.json); upload that file.`);
  },
});

/** Asks for the current and the new password of an encrypted site and rewraps its key. */
export async function newPassword(archive: string, out: string, force: boolean): Promise<string> {
  const [{ readPassword }, { changeSitePassword }] = await Promise.all([
    import('../../encrypt/password.ts'),
    import('../build-encrypted.ts'),
  ]);
  const current = await readPassword('Current password');
  const next = await readPassword('New password', {
    variable: 'INHALE_NEW_PASSWORD',
    confirm: true,
  });
  await changeSitePassword(archive, out, { current, next, forceWeakPassword: force });
  return next;
}
