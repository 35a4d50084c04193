/** Robin's photo folders as a camera and a phone leave them: JPEGs with EXIF date, offset and GPS. */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { PLACES } from './cast.ts';
import { addMinutes, type Calendar } from './calendar.ts';
import { drawPhoto } from './draw.ts';
import { PHOTO_DAYS } from './places.ts';
import { random } from '../random.ts';

export async function writePhotoFolders(folder: string, calendar: Calendar): Promise<number> {
  await rm(folder, { recursive: true, force: true });
  const jitter = random(51);
  let count = 0;
  for (const [dayIndex, day] of PHOTO_DAYS.entries()) {
    const place = PLACES[day.at];
    let date = calendar.date(day.when, place.zone);
    const target = path.join(folder, date.slice(0, 4), day.folder);
    await mkdir(target, { recursive: true });
    for (const [index, scene] of day.scenes.entries()) {
      const local = date.slice(0, 19);
      const name =
        day.camera === 'fuji'
          ? `DSCF${String(1000 + dayIndex * 37 + index).padStart(4, '0')}.JPG`
          : `PXL_${local.replace(/[-:]/g, '').replace('T', '_')}${String(index).padStart(3, '0')}.jpg`;
      const gps = {
        lat: place.lat + (jitter() - 0.5) * 0.01,
        lon: place.lon + (jitter() - 0.5) * 0.01,
      };
      const bytes = await drawPhoto({
        scene,
        seed: dayIndex * 100 + index,
        local,
        offset: date.slice(19),
        gps,
        camera: day.camera,
      });
      await writeFile(path.join(target, name), bytes);
      count++;
      date = addMinutes(date, 5 + Math.floor(jitter() * 15));
    }
  }
  return count;
}
