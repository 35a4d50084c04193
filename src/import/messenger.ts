/**
 * Messenger on its own: a "Download your information" with only Messages chosen (either
 * layout: `messages/inbox/<thread>/message_1.json` or `your_facebook_activity/messages/…`), the
 * end-to-end encrypted chats' download, or a thread's JSON file alone. The Facebook importer
 * reads the same threads in a whole Facebook export with `--include messages`; this source is
 * the one detected when the export holds messages and no posts. Parsing is
 * facebook-messages.ts's; this file finds the threads and accounts for each file.
 */
import { messengerSource, type PartOf } from '../archive/sources.ts';
import { ImportInputError, type FileView } from './file-view.ts';
import { FACEBOOK_FILES } from './facebook.ts';
import { readMessages } from './facebook-messages.ts';
import { instagramImporter } from './instagram.ts';
import { FileOutcomes, isRecord, listIn, missingParts, readMetaJson } from './meta-export.ts';
import type { Importer, ImportItem } from './types.ts';

/** Where the export's own folders start (uris in the JSON are relative to it). */
const ROOT = /^(.*?)(?:your_facebook_activity\/|your_activity_across_facebook\/|messages\/)/;

export const messengerImporter: Importer<PartOf<typeof messengerSource>> = {
  name: 'messenger',
  version: '1',

  async detect(view: FileView): Promise<number> {
    const files = await view.list();
    // A whole Facebook export is the Facebook importer's (--include messages).
    if (files.some((file) => FACEBOOK_FILES.posts.test(file) || FACEBOOK_FILES.albums.test(file)))
      return 0;
    // So is an Instagram export, whose direct messages have the same layout (--include messages).
    if ((await instagramImporter.detect(view)) > 0.5) return 0;
    return (await threadFiles(view)).length > 0 ? 0.95 : 0;
  },

  async *read(view, options): AsyncIterable<ImportItem> {
    const files = await view.list();
    const threads = await threadFiles(view);
    if (threads.length === 0)
      throw new ImportInputError(
        `${view.label}: no Messenger conversations here (messages/inbox/<chat>/message_1.json): download your information with Messages chosen, Format: JSON`,
      );
    for (const message of missingParts(threads, FACEBOOK_FILES.messages))
      yield { type: 'warning', message };
    // readMessages accounts for each thread file (read with its messages, or damaged).
    const root = ROOT.exec(threads[0]!)?.[1] ?? '';
    const context = { view, root, timeZone: options.config.timeZone, outcomes: new FileOutcomes() };
    yield* readMessages(threads, files, context, { prefix: 'messenger', label: 'Messenger' });
  },
};

/** Thread files: by their place in the export, or JSON with `participants` and `messages`. */
async function threadFiles(view: FileView): Promise<string[]> {
  const found: string[] = [];
  for (const file of await view.list()) {
    if (FACEBOOK_FILES.messages.test(file)) {
      found.push(file);
      continue;
    }
    if (!/\.json$/i.test(file) || /\/(?:inbox|e2ee_cutover)\//.test(file)) continue;
    const head = (await view.text(file)).slice(0, 4000);
    if (
      /"participants"\s*:/.test(head) &&
      /"messages"\s*:/.test(head) &&
      /"(?:timestamp_ms|senderName|sender_name)"/.test(head)
    )
      found.push(file);
  }
  return found;
}
