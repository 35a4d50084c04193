import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { parsePeople } from '../../src/archive/people.ts';
import { ArchiveConfigSchema } from '../../src/archive/schema.ts';
import { contactsImporter, profileOf } from '../../src/import/contacts.ts';
import { BufferView, openView, type FileView } from '../../src/import/file-view.ts';
import { runImport } from '../../src/import/run-import.ts';
import type { ImportItem } from '../../src/import/types.ts';
import { newArchive } from '../helpers/archives.ts';
import { SHARED_FIXTURES, sharedFixturesMissing } from '../helpers/fixtures.ts';
import { REPO, temporaryFolder } from '../helpers/paths.ts';

const SAMPLES = path.join(SHARED_FIXTURES, 'vcard');
const CASE = path.join(REPO, 'tests/import/cases/contacts/vcard-21-and-40/input/contacts.vcf');

async function read(view: FileView): Promise<ImportItem[]> {
  const items: ImportItem[] = [];
  for await (const item of contactsImporter.read(view, {
    config: ArchiveConfigSchema.parse({}),
    include: new Set(),
    people: new Map(),
  }))
    items.push(item);
  return items;
}

const people = (items: ImportItem[]) =>
  items.flatMap((item) => (item.type === 'person' ? [item] : []));

/** A synthetic card from RFC 2426 / RFC 6350's grammar. */
const vcf = (...lines: string[]) =>
  Buffer.from(['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD', ''].join('\r\n'));

/** A 1×1 PNG, and an SVG that would run a script if it were ever published. */
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const SVG = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
).toString('base64');

/**
 * Cards per real sample, counted independently of the importer as `grep -ci '^BEGIN:VCARD'`
 * does (rfc2426-example.vcf writes `BEGIN:vCard`), by the regular expression below; and the
 * cards with a photo inline (PHOTO with ENCODING=b/BASE64), counted by reading the files.
 */
const SAMPLE_COUNTS: [file: string, cards: number, withPhoto: number][] = [
  ['John_Doe_ANDROID.vcf', 6, 1],
  ['John_Doe_BLACK_BERRY.vcf', 1, 1],
  ['John_Doe_EVOLUTION.vcf', 1, 0],
  ['John_Doe_GMAIL.vcf', 1, 0],
  ['John_Doe_IPHONE.vcf', 1, 1],
  ['John_Doe_LOTUS_NOTES.vcf', 1, 1],
  ['John_Doe_MAC_ADDRESS_BOOK.vcf', 1, 1],
  ['John_Doe_MS_OUTLOOK.vcf', 1, 1],
  ['fullcontact.vcf', 1, 0],
  ['gmail-list.vcf', 3, 0],
  ['gmail-single.vcf', 1, 0],
  ['gmail-single2.vcf', 1, 0],
  ['issue114.vcf', 1, 0],
  ['outlook-2003.vcf', 1, 0],
  ['outlook-2007.vcf', 1, 1],
  ['rfc2426-example.vcf', 2, 0],
  ['rfc6350-example.vcf', 1, 0],
  ['thunderbird-MoreFunctionsForAddressBook-extension.vcf', 1, 1],
];

describe('the contacts importer', () => {
  it('reads every card of every sample in ../shared/fixtures/vcard', async (t) => {
    const missing = sharedFixturesMissing();
    if (missing) return t.skip(missing);
    assert.deepEqual(readdirSync(SAMPLES).sort(), SAMPLE_COUNTS.map(([file]) => file).sort());
    const view = await openView(SAMPLES);
    const items = await read(view);
    await view.close();
    for (const [file, cards, withPhoto] of SAMPLE_COUNTS) {
      const text = readFileSync(path.join(SAMPLES, file), 'utf8');
      assert.equal(text.match(/^BEGIN:VCARD\r*$/gim)?.length, cards, `${file}: cards`);
      const read = people(items).filter((item) => item.file === file);
      assert.equal(read.length, cards, `${file}: people`);
      assert.equal(read.filter((item) => item.person.avatar).length, withPhoto, `${file}: photos`);
      const account = items.find((item) => item.type === 'file' && item.account.file === file);
      assert.deepEqual(account?.type === 'file' && account.account, {
        file,
        status: 'read',
        records: cards,
      });
    }
    assert.equal(people(items).length, 26);
    assert.equal(items.filter((item) => item.type === 'skip').length, 0);
    const byName = (name: string) =>
      people(items).find((item) => item.person.name === name)!.person;
    // vCard 2.1 quoted-printable in UTF-8 (Android), several addresses (Thunderbird), handles.
    assert.ok(people(items).some((item) => item.person.name === 'ÑÑÑÑ'));
    assert.equal(byName('John Doe III').emails[0], 'jdoe@hotmail.com');
    assert.deepEqual(byName('Prefix FirstName MiddleName LastName Suffix').handles, {
      xmpp: ['gtalk', 'jabber'],
      skype: ['skype'],
      yahoo: ['yahoo'],
      aim: ['aim'],
    });
    assert.deepEqual(byName('Frank Dawson').emails, [
      'frank_dawson@lotus.com',
      'fdawson@earthlink.net',
    ]);
  });

  it('knows social profiles by their URL', () => {
    assert.deepEqual(profileOf('https://twitter.com/ana_k'), {
      source: 'twitter',
      handle: 'ana_k',
    });
    assert.deepEqual(profileOf('x.com/@ana_k'), { source: 'twitter', handle: 'ana_k' });
    assert.deepEqual(profileOf('https://social.example/@ana'), {
      source: 'mastodon',
      handle: 'ana@social.example',
    });
    assert.deepEqual(profileOf('https://www.flickr.com/photos/ana/'), {
      source: 'flickr',
      handle: 'ana',
    });
    assert.equal(profileOf('http://www.ibm.com'), undefined);
    assert.equal(profileOf('javascript:alert(1)'), undefined);
  });

  it('names a file that is not a vCard', async () => {
    const file = path.join(temporaryFolder(), 'people.vcf');
    await writeFile(file, 'Ana, Sam, Lena\n');
    const archive = await newArchive();
    await assert.rejects(
      runImport(archive, file, { source: 'contacts' }),
      /people\.vcf: not a vCard file/,
    );
  });

  it('skips a card ical.js cannot read, naming it, and reads the rest', async () => {
    const items = await read(
      new BufferView(
        'two.vcf',
        'two.vcf',
        Buffer.concat([vcf('FN:Broken', 'EMAIL;TYPE="unclosed:x@example.org'), vcf('FN:Fine')]),
      ),
    );
    assert.deepEqual(
      people(items).map((item) => item.person.name),
      ['Fine'],
    );
    const skip = items.find((item) => item.type === 'skip');
    assert.match(skip?.type === 'skip' ? skip.detail! : '', /^two\.vcf: card 1: /);
  });
});

describe('a contacts import', () => {
  it('merges into people.yaml, never duplicates, keeps what the person wrote; again changes nothing', async () => {
    const archive = await newArchive();
    const peopleFile = path.join(archive, 'people.yaml');
    const own =
      '# My friends\nAna K.:\n  email: ana@example.org # her own address\n  note: climbing\n';
    await writeFile(peopleFile, own);
    const report = await runImport(archive, CASE);
    assert.equal(report.source, 'contacts', 'detected from the .vcf');
    // Sam and Robin (the archive does not say Robin's address is its owner's, so Robin is a person).
    assert.deepEqual(report.people, {
      file: 'people.yaml',
      added: 2,
      updated: 1,
      unchanged: 0,
      avatars: 0,
    });
    const text = readFileSync(peopleFile, 'utf8');
    assert.ok(text.startsWith('# My friends\nAna K.:\n'), 'her key, comment and order stay');
    assert.match(text, /# her own address/);
    const [ana, sam] = parsePeople(text, peopleFile);
    assert.equal(ana!.name, 'Ana K.');
    assert.deepEqual(ana!.names, ['Ana K.', 'Ana Kovač']);
    assert.deepEqual(ana!.emails, ['ana@example.org', 'ana.kovac@work.example']);
    assert.deepEqual(ana!.handles, { twitter: ['ana_k'], mastodon: ['ana@social.example'] });
    assert.equal(sam!.name, 'Sam Ortega');
    assert.deepEqual(sam!.handles.bluesky, ['sam.example.net']);

    const again = await runImport(archive, CASE, { source: 'contacts' });
    assert.deepEqual(again.people, {
      file: 'people.yaml',
      added: 0,
      updated: 0,
      unchanged: 3,
      avatars: 0,
    });
    assert.equal(readFileSync(peopleFile, 'utf8'), text, 'byte for byte');
  });

  it('writes an inline photo beside people.yaml typed by its bytes, never over an avatar of yours', async () => {
    const archive = await newArchive();
    const input = path.join(temporaryFolder(), 'photos.vcf');
    await writeFile(
      input,
      Buffer.concat([
        vcf('FN:Lena Fischer', 'EMAIL:lena@example.org', `PHOTO;ENCODING=b;TYPE=JPEG:${PNG}`),
        vcf('FN:Tom Ashby', `PHOTO;ENCODING=b;TYPE=PNG:${PNG}`),
      ]),
    );
    await writeFile(path.join(archive, 'people.yaml'), 'Tom Ashby:\n  avatar: people/tom.jpg\n');
    const report = await runImport(archive, input, { source: 'contacts' });
    assert.equal(report.people?.avatars, 1);
    const [tom, lena] = parsePeople(
      readFileSync(path.join(archive, 'people.yaml'), 'utf8'),
      'people.yaml',
    );
    assert.equal(tom!.avatar, 'people/tom.jpg', 'the avatar the person chose stays');
    assert.match(
      lena!.avatar!,
      /^people\/avatars\/lena-fischer-[0-9a-f]{12}\.png$/,
      'a PNG, whatever TYPE says',
    );
    assert.deepEqual(readFileSync(path.join(archive, lena!.avatar!)), Buffer.from(PNG, 'base64'));
  });

  it('never writes an SVG photo as an avatar (an SVG can run scripts)', async () => {
    const archive = await newArchive();
    const input = path.join(temporaryFolder(), 'svg.vcf');
    await writeFile(input, vcf('FN:Mallory', `PHOTO;ENCODING=b;TYPE=SVG:${SVG}`));
    const report = await runImport(archive, input, { source: 'contacts' });
    assert.equal(report.people?.avatars, 0);
    assert.ok(report.warnings.some((warning) => /Mallory: the photo is not/.test(warning)));
    assert.ok(!existsSync(path.join(archive, 'people', 'avatars')));
    const [mallory] = parsePeople(
      readFileSync(path.join(archive, 'people.yaml'), 'utf8'),
      'people.yaml',
    );
    assert.equal(mallory!.avatar, undefined);
  });

  it('never writes an avatar through a link out of the archive (people/ a symbolic link)', async () => {
    const archive = await newArchive();
    const outside = path.join(temporaryFolder(), 'outside');
    await mkdir(outside);
    await symlink(outside, path.join(archive, 'people'));
    const input = path.join(temporaryFolder(), 'photo.vcf');
    await writeFile(input, vcf('FN:Lena Fischer', `PHOTO;ENCODING=b;TYPE=PNG:${PNG}`));
    await assert.rejects(runImport(archive, input, { source: 'contacts' }), /people/);
    assert.deepEqual(await readdir(outside), []);
    assert.ok(!existsSync(path.join(archive, 'people.yaml')), 'nothing written');
  });
});
