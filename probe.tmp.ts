import { runImport } from './src/import/run-import.ts';
import { newArchive, entries } from './tests/helpers/archives.ts';
import { unbalanced, formatCoverage } from './src/import/coverage.ts';
const archive = await newArchive('Europe/Prague');
const r = await runImport(archive, '../shared/fixtures/photos-exif', { source: 'photos' });
console.log(r.added, r.skipped, r.damaged, unbalanced(r.files), formatCoverage(r.files));
for (const e of await entries(archive, 'photos')) console.log(e.data.title, e.data.dateSource, e.data.date, e.data.camera, JSON.stringify(e.body));
