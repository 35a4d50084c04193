/**
 * Draws the demo's photos: simple scenes (a harbour, a city, mountains, bread, a dog…) as SVG,
 * rendered to JPEG by sharp with the EXIF a camera would write (date, offset, GPS, camera), so
 * the photos importer reads them as it reads a phone's. No real picture is used.
 */
import sharp from 'sharp';

import { random, pick } from '../random.ts';

export interface Shot {
  scene: string;
  seed: number;
  /** Local time, `YYYY-MM-DDTHH:MM:SS`, and its offset `+01:00`. */
  local?: string;
  offset?: string;
  gps?: { lat: number; lon: number };
  camera?: 'phone' | 'fuji';
}

/** What each scene shows, for alt text. */
export const SCENE_WORDS: Record<string, string> = {
  harbour: 'boats moored in a harbour under a pale morning sky',
  city: 'a row of tall city buildings in the sun',
  tram: 'a yellow tram climbing a steep street',
  river: 'a wide river with a bridge across it',
  sunset: 'the sun going down over the water',
  mountain: 'green mountains under a cloudy sky',
  rain: 'grey hills behind a curtain of rain',
  coast: 'cliffs and a grey-green sea',
  bread: 'a dark-crusted sourdough loaf on a board',
  blossom: 'trees in pink blossom along a path',
  field: 'a wide open field with a line of trees',
  sea: 'a turquoise sea and a sandy beach',
  garden: 'rows of vegetables on an allotment',
  dawn: 'a ridge at sunrise with mist in the valley',
  fjord: 'steep peaks rising out of a still fjord',
  night: 'city lights and fireworks at night',
  dog: 'a grey lurcher lying on the grass',
  gates: 'a tunnel of orange shrine gates',
  home: 'a table laid for Sunday lunch',
};

const SKIES: Record<string, [string, string]> = {
  sunset: ['#f2a65a', '#f6d6a8'],
  dawn: ['#e9a6a6', '#f9e0c7'],
  night: ['#0f1733', '#2b3566'],
  rain: ['#8e99a3', '#c3c9ce'],
  fjord: ['#f0b56b', '#fbe3b5'],
};

const tone = (next: () => number, hue: number, sat: number, light: number) =>
  `hsl(${Math.round(hue + (next() - 0.5) * 16)},${sat}%,${Math.round(light + (next() - 0.5) * 8)}%)`;

function ridge(next: () => number, width: number, base: number, spread: number): string {
  const points = Array.from({ length: 9 }, (_, i) => {
    const x = Math.round((i * width) / 8);
    return `${x},${Math.round(base - next() * spread)}`;
  });
  return `0,${base + 400} ${points.join(' ')} ${width},${base + 400}`;
}

function water(
  next: () => number,
  width: number,
  top: number,
  height: number,
  hue: number,
): string {
  const lines = Array.from({ length: 7 }, () => {
    const y = Math.round(top + 20 + next() * (height - 40));
    const x = Math.round(next() * width * 0.7);
    return `<rect x="${x}" y="${y}" width="${Math.round(80 + next() * 220)}" height="3" fill="#fff" opacity="0.35"/>`;
  });
  return `<rect y="${top}" width="${width}" height="${height}" fill="${tone(next, hue, 45, 42)}"/>${lines.join('')}`;
}

function buildings(next: () => number, width: number, ground: number, lit: boolean): string {
  let x = 0;
  const parts: string[] = [];
  while (x < width) {
    const w = 70 + Math.floor(next() * 90);
    const h = 120 + Math.floor(next() * 220);
    const hue = pick(next, [20, 35, 200, 350, 45]);
    parts.push(
      `<rect x="${x}" y="${ground - h}" width="${w}" height="${h}" fill="${tone(next, hue, 35, lit ? 18 : 62)}"/>`,
    );
    for (let wy = ground - h + 16; wy < ground - 30; wy += 34)
      for (let wx = x + 10; wx < x + w - 18; wx += 24)
        if (next() < 0.6)
          parts.push(
            `<rect x="${wx}" y="${wy}" width="12" height="16" fill="${lit ? '#ffd98a' : '#3d4a5c'}" opacity="${lit ? 0.9 : 0.55}"/>`,
          );
    x += w + 4;
  }
  return parts.join('');
}

function sceneSvg(shot: Shot, width: number, height: number): string {
  const next = random(shot.seed);
  const [skyTop, skyBottom] = SKIES[shot.scene] ?? [
    tone(next, 205, 55, 68),
    tone(next, 200, 45, 88),
  ];
  const sky = `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${skyTop}"/><stop offset="1" stop-color="${skyBottom}"/></linearGradient></defs><rect width="${width}" height="${height}" fill="url(#sky)"/>`;
  const horizon = Math.round(height * (0.5 + next() * 0.15));
  const sun = `<circle cx="${Math.round(width * (0.2 + next() * 0.6))}" cy="${Math.round(horizon * (0.35 + next() * 0.3))}" r="${Math.round(40 + next() * 40)}" fill="#fff3c4" opacity="0.9"/>`;
  const hills = (hue: number, light: number, spread: number) =>
    `<polygon points="${ridge(next, width, horizon, spread)}" fill="${tone(next, hue, 30, light)}"/>`;
  const body: string[] = [];
  switch (shot.scene) {
    case 'mountain':
    case 'dawn':
    case 'rain':
      body.push(
        shot.scene === 'rain' ? '' : sun,
        hills(150, 55, 260),
        hills(140, 38, 160),
        hills(120, 26, 70),
      );
      if (shot.scene === 'rain')
        for (let i = 0; i < 60; i++)
          body.push(
            `<rect x="${Math.round(next() * width)}" y="${Math.round(next() * height)}" width="2" height="40" fill="#fff" opacity="0.35" transform="rotate(20)"/>`,
          );
      if (shot.scene === 'dawn')
        body.push(
          `<rect y="${horizon + 60}" width="${width}" height="50" fill="#fff" opacity="0.35"/>`,
        );
      break;
    case 'fjord':
      body.push(
        sun,
        `<polygon points="${ridge(next, width, horizon, 420)}" fill="${tone(next, 230, 15, 30)}"/>`,
        water(next, width, horizon, height - horizon, 215),
      );
      break;
    case 'coast':
    case 'sea':
      body.push(
        sun,
        water(next, width, horizon, height - horizon, shot.scene === 'sea' ? 178 : 190),
      );
      body.push(
        shot.scene === 'sea'
          ? `<polygon points="0,${height} 0,${height - 140} ${width},${height - 60} ${width},${height}" fill="#ecd9a8"/>`
          : `<polygon points="0,${height} 0,${horizon - 160} ${Math.round(width * 0.3)},${horizon - 120} ${Math.round(width * 0.4)},${height}" fill="${tone(next, 110, 25, 35)}"/>`,
      );
      break;
    case 'harbour':
    case 'river':
    case 'sunset':
      body.push(
        sun,
        buildings(next, width, horizon, false),
        water(next, width, horizon, height - horizon, 205),
      );
      if (shot.scene === 'river')
        body.push(
          `<rect y="${horizon - 70}" width="${width}" height="18" fill="#b8402d"/>`,
          ...Array.from(
            { length: 6 },
            (_, i) =>
              `<rect x="${60 + i * Math.round(width / 6)}" y="${horizon - 70}" width="16" height="${70 + 40}" fill="#8f3122"/>`,
          ),
        );
      if (shot.scene === 'harbour')
        for (let i = 0; i < 4; i++) {
          const x = Math.round(80 + i * (width / 4) + next() * 60);
          const y = horizon + 40 + Math.round(next() * 80);
          body.push(
            `<polygon points="${x},${y} ${x + 180},${y} ${x + 150},${y + 40} ${x + 20},${y + 40}" fill="${tone(next, pick(next, [0, 210, 45]), 55, 45)}"/><rect x="${x + 85}" y="${y - 150}" width="5" height="150" fill="#eee"/>`,
          );
        }
      break;
    case 'city':
    case 'night':
    case 'tram':
      body.push(
        buildings(next, width, Math.round(height * 0.85), shot.scene === 'night'),
        `<rect y="${Math.round(height * 0.85)}" width="${width}" height="${height}" fill="#555"/>`,
      );
      if (shot.scene === 'night')
        for (let i = 0; i < 5; i++) {
          const cx = Math.round(next() * width);
          const cy = Math.round(80 + next() * horizon * 0.5);
          body.push(
            ...Array.from(
              { length: 12 },
              (_, k) =>
                `<line x1="${cx}" y1="${cy}" x2="${Math.round(cx + Math.cos(k / 1.9) * 70)}" y2="${Math.round(cy + Math.sin(k / 1.9) * 70)}" stroke="${pick(next, ['#ff8fa3', '#ffd166', '#8ecae6'])}" stroke-width="4"/>`,
            ),
          );
        }
      if (shot.scene === 'tram')
        body.push(
          `<rect x="${Math.round(width * 0.25)}" y="${Math.round(height * 0.55)}" width="${Math.round(width * 0.5)}" height="${Math.round(height * 0.28)}" rx="30" fill="#f4c430"/>`,
          ...Array.from(
            { length: 4 },
            (_, i) =>
              `<rect x="${Math.round(width * 0.28 + i * width * 0.115)}" y="${Math.round(height * 0.59)}" width="${Math.round(width * 0.09)}" height="${Math.round(height * 0.09)}" fill="#2d3b45"/>`,
          ),
        );
      break;
    case 'blossom':
    case 'field':
    case 'garden':
      body.push(
        sun,
        hills(100, 60, 80),
        `<rect y="${horizon}" width="${width}" height="${height}" fill="${shot.scene === 'garden' ? '#6b4f35' : tone(next, 95, 40, 45)}"/>`,
      );
      if (shot.scene === 'garden')
        for (let row = 0; row < 5; row++)
          for (let x = 30; x < width; x += 70)
            body.push(
              `<circle cx="${x + Math.round(next() * 20)}" cy="${horizon + 40 + row * 60}" r="${18 + Math.round(next() * 14)}" fill="${tone(next, 110, 45, 38)}"/>`,
            );
      else
        for (let i = 0; i < 7; i++) {
          const x = Math.round(60 + i * (width / 7));
          body.push(
            `<rect x="${x}" y="${horizon - 120}" width="14" height="140" fill="#5a3d2b"/><circle cx="${x + 7}" cy="${horizon - 140}" r="${60 + Math.round(next() * 20)}" fill="${shot.scene === 'blossom' ? tone(next, 340, 65, 82) : tone(next, 110, 35, 35)}"/>`,
          );
        }
      break;
    case 'gates':
      body.push(`<rect width="${width}" height="${height}" fill="#2f4a2a"/>`);
      for (let i = 7; i >= 0; i--) {
        const scale = 1 - i * 0.11;
        const w = Math.round(width * 0.8 * scale);
        const h = Math.round(height * 0.95 * scale);
        const x = Math.round((width - w) / 2);
        const y = Math.round(height - h);
        body.push(
          `<rect x="${x}" y="${y}" width="${Math.round(w * 0.08)}" height="${h}" fill="${tone(next, 12, 85, 48 - i * 3)}"/><rect x="${x + w - Math.round(w * 0.08)}" y="${y}" width="${Math.round(w * 0.08)}" height="${h}" fill="${tone(next, 12, 85, 48 - i * 3)}"/><rect x="${x - 20}" y="${y}" width="${w + 40}" height="${Math.round(h * 0.06)}" fill="#222"/><rect x="${x}" y="${y + Math.round(h * 0.12)}" width="${w}" height="${Math.round(h * 0.04)}" fill="${tone(next, 12, 85, 45)}"/>`,
        );
      }
      break;
    case 'bread':
    case 'home':
      body.push(
        `<rect width="${width}" height="${height}" fill="#e9dcc6"/><rect y="${Math.round(height * 0.55)}" width="${width}" height="${height}" fill="#8a5a3b"/>`,
      );
      if (shot.scene === 'bread')
        body.push(
          `<ellipse cx="${width / 2}" cy="${Math.round(height * 0.6)}" rx="${Math.round(width * 0.3)}" ry="${Math.round(height * 0.18)}" fill="#7a4a22"/><path d="M ${Math.round(width * 0.32)} ${Math.round(height * 0.55)} Q ${width / 2} ${Math.round(height * 0.45)} ${Math.round(width * 0.68)} ${Math.round(height * 0.55)}" stroke="#e8c48f" stroke-width="14" fill="none"/>`,
        );
      else
        for (let i = 0; i < 4; i++)
          body.push(
            `<ellipse cx="${Math.round(width * (0.2 + i * 0.2))}" cy="${Math.round(height * 0.7)}" rx="90" ry="40" fill="#f7f3ea"/><ellipse cx="${Math.round(width * (0.2 + i * 0.2))}" cy="${Math.round(height * 0.7)}" rx="50" ry="20" fill="${tone(next, 30, 50, 45)}"/>`,
          );
      break;
    case 'dog':
      body.push(
        sun,
        `<rect y="${horizon}" width="${width}" height="${height}" fill="${tone(next, 100, 40, 45)}"/>`,
      );
      body.push(
        `<ellipse cx="${width / 2}" cy="${horizon + 120}" rx="220" ry="70" fill="#8d9299"/><circle cx="${width / 2 + 230}" cy="${horizon + 70}" r="55" fill="#8d9299"/><ellipse cx="${width / 2 + 285}" cy="${horizon + 85}" rx="50" ry="22" fill="#7d828a"/><ellipse cx="${width / 2 + 215}" cy="${horizon + 30}" rx="20" ry="38" fill="#6f747b"/><circle cx="${width / 2 + 245}" cy="${horizon + 60}" r="7" fill="#222"/>`,
      );
      break;
    default:
      body.push(sun, hills(140, 45, 200));
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${sky}${body.join('')}</svg>`;
}

const PORTRAIT = new Set(['tram', 'gates']);

/** Degrees as EXIF's rational degrees, minutes, seconds. */
function dms(value: number): string {
  const abs = Math.abs(value);
  const degrees = Math.floor(abs);
  const minutes = Math.floor((abs - degrees) * 60);
  const seconds = Math.round(((abs - degrees) * 60 - minutes) * 60 * 100);
  return `${degrees}/1 ${minutes}/1 ${seconds}/100`;
}

/** The shot as a JPEG, about 1200 px on its long side, quality 70, with EXIF when given. */
export async function drawPhoto(shot: Shot): Promise<Buffer> {
  const [width, height] = PORTRAIT.has(shot.scene) ? [800, 1200] : [1200, 800];
  let image = sharp(Buffer.from(sceneSvg(shot, width, height))).jpeg({
    quality: 70,
    mozjpeg: true,
  });
  if (shot.local) {
    const exif: Record<string, Record<string, string>> = {
      IFD0:
        shot.camera === 'fuji'
          ? { Make: 'FUJIFILM', Model: 'X-T30' }
          : { Make: 'Google', Model: 'Pixel 6a' },
      IFD2: {
        DateTimeOriginal: shot.local.replace('T', ' ').replace(/-/g, ':'),
        OffsetTimeOriginal: shot.offset ?? '+00:00',
        ExposureTime: shot.camera === 'fuji' ? '1/250' : '1/120',
        FNumber: shot.camera === 'fuji' ? '56/10' : '17/10',
        ISOSpeedRatings: shot.scene === 'night' ? '1600' : '200',
        FocalLength: shot.camera === 'fuji' ? '23/1' : '44/10',
      },
    };
    if (shot.gps)
      exif.IFD3 = {
        GPSLatitudeRef: shot.gps.lat >= 0 ? 'N' : 'S',
        GPSLatitude: dms(shot.gps.lat),
        GPSLongitudeRef: shot.gps.lon >= 0 ? 'E' : 'W',
        GPSLongitude: dms(shot.gps.lon),
      };
    image = image.withExif(exif);
  }
  return image.toBuffer();
}
