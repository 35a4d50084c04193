/**
 * The demo's cast and places: Robin Ashby (fictional), the people in Robin's life with their
 * handle on each service, and the places Robin goes (real cities; places are public facts).
 */

/** A person as each source names them. */
export interface Person {
  name: string;
  email?: string;
  twitter?: string;
  mastodon?: string;
  bluesky?: string;
  facebook?: string;
  /** How they sign a mail. */
  signature?: string;
}

export const OWNER = {
  name: 'Robin Ashby',
  email: 'robin@example.org',
  twitter: 'robin_ashby',
  mastodon: 'robin@social.example',
};

export const PEOPLE = {
  lena: {
    name: 'Lena Fischer',
    email: 'lena@example.org',
    twitter: 'lena_f',
    mastodon: 'lena@social.example',
    facebook: 'Lena Fischer',
    signature: 'L.',
  },
  sam: {
    name: 'Sam Ortega',
    email: 'sam.ortega@example.org',
    twitter: 'samortega',
    mastodon: 'sam@mastodon.example',
    facebook: 'Sam Ortega',
    signature: 'Sam x',
  },
  priya: {
    name: 'Priya Nair',
    email: 'priya@nair.example',
    twitter: 'priyawalks',
    mastodon: 'priya@fells.example',
    bluesky: 'priyawalks.bsky.social',
    signature: 'Priya\nBristol Fell Walkers, trips secretary',
  },
  jonas: {
    name: 'Jonas Weber',
    email: 'jonas@weber.example',
    twitter: 'jonasweber',
    facebook: 'Jonas Weber',
    signature: 'Jonas',
  },
  tom: {
    name: 'Tom Ashby',
    email: 'tom.ashby@example.org',
    facebook: 'Tom Ashby',
    signature: 'T',
  },
  mum: {
    name: 'Margaret Ashby',
    email: 'margaret.ashby@example.org',
    facebook: 'Margaret Ashby',
    signature: 'Love, Mum',
  },
  ama: {
    name: 'Ama Mensah',
    email: 'ama@example.org',
    twitter: 'ama_builds',
    mastodon: 'ama@toot.example',
    signature: 'Ama Mensah\nStructural engineer, Vancouver',
  },
  dev: {
    name: 'Dev Patel',
    email: 'dev.patel@severn-structures.example',
    signature: 'Dev Patel\nAssociate Director, Severn Structures\n0117 496 0000',
  },
} satisfies Record<string, Person>;

export type PersonKey = keyof typeof PEOPLE;

export interface Place {
  name: string;
  lat: number;
  lon: number;
  zone: string;
}

export const PLACES = {
  home: { name: 'Bristol', lat: 51.4545, lon: -2.5879, zone: 'Europe/London' },
  harbour: { name: 'Bristol Harbourside', lat: 51.449, lon: -2.598, zone: 'Europe/London' },
  suspension: {
    name: 'Clifton Suspension Bridge',
    lat: 51.4549,
    lon: -2.6278,
    zone: 'Europe/London',
  },
  allotment: { name: 'Bristol, St Werburghs', lat: 51.4681, lon: -2.5744, zone: 'Europe/London' },
  brecon: { name: 'Brecon Beacons', lat: 51.884, lon: -3.436, zone: 'Europe/London' },
  skye: { name: 'Isle of Skye', lat: 57.273, lon: -6.215, zone: 'Europe/London' },
  edinburgh: { name: 'Edinburgh', lat: 55.9533, lon: -3.1883, zone: 'Europe/London' },
  stives: { name: 'St Ives, Cornwall', lat: 50.2107, lon: -5.4804, zone: 'Europe/London' },
  london: { name: 'London, King’s Cross', lat: 51.5308, lon: -0.1238, zone: 'Europe/London' },
  lisbon: { name: 'Lisbon, Alfama', lat: 38.711, lon: -9.13, zone: 'Europe/Lisbon' },
  porto: { name: 'Porto, Ribeira', lat: 41.141, lon: -8.613, zone: 'Europe/Lisbon' },
  berlin: { name: 'Berlin, Tempelhofer Feld', lat: 52.473, lon: 13.401, zone: 'Europe/Berlin' },
  hamburg: { name: 'Hamburg, Altona', lat: 53.5503, lon: 9.9352, zone: 'Europe/Berlin' },
  bergen: { name: 'Bergen, Bryggen', lat: 60.3975, lon: 5.3242, zone: 'Europe/Oslo' },
  lofoten: { name: 'Reine, Lofoten', lat: 67.9326, lon: 13.0894, zone: 'Europe/Oslo' },
  newyork: {
    name: 'New York, Brooklyn Bridge',
    lat: 40.706,
    lon: -73.997,
    zone: 'America/New_York',
  },
  tokyo: { name: 'Tokyo, Yanaka', lat: 35.7265, lon: 139.7672, zone: 'Asia/Tokyo' },
  kyoto: { name: 'Kyoto, Higashiyama', lat: 34.9967, lon: 135.7806, zone: 'Asia/Tokyo' },
  vancouver: {
    name: 'Vancouver, Kitsilano',
    lat: 49.2684,
    lon: -123.1686,
    zone: 'America/Vancouver',
  },
  montreal: { name: 'Montréal, Plateau', lat: 45.5225, lon: -73.5817, zone: 'America/Toronto' },
} satisfies Record<string, Place>;

export type PlaceKey = keyof typeof PLACES;
