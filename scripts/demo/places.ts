/**
 * Where Robin went and what Robin saved: check-ins (a Swarm-like app with no importer yet, so
 * written as entries), photo days (drawn JPEGs with EXIF that the photos importer reads), and
 * bookmarks (no Netscape/Pocket importer yet, written as entries).
 */
import type { PersonKey, PlaceKey } from './cast.ts';

export interface Checkin {
  when: string;
  at: PlaceKey;
  /** What Robin wrote with it, if anything. */
  shout?: string;
  people?: PersonKey[];
}

export const CHECKINS: Checkin[] = [
  { when: '2022-01-15', at: 'harbour', shout: 'Saturday coffee by the water.' },
  { when: '2022-02-19', at: 'suspension', shout: 'Open again after the storm.' },
  { when: '2022-03', at: 'allotment' },
  { when: '2022-04-15 10:00', at: 'berlin', people: ['jonas'] },
  {
    when: '2022-08-09 19:00',
    at: 'bergen',
    shout: 'Fish soup on the wharf.',
    people: ['sam', 'priya'],
  },
  { when: '2022-08-11 21:00', at: 'lofoten', people: ['sam', 'priya'] },
  { when: '2022-09', at: 'london', shout: 'Conference on steel bridges. Free biscuits.' },
  { when: '2022-12-30 15:00', at: 'newyork', people: ['sam'] },
  { when: '2023-02', at: 'harbour' },
  { when: '2023-06-02 18:00', at: 'porto', shout: 'Francesinha. Regret nothing.', people: ['sam'] },
  {
    when: '2023-09-15 19:00',
    at: 'hamburg',
    shout: 'The night before the wedding.',
    people: ['lena'],
  },
  { when: '2023-11', at: 'allotment', shout: 'Notice board duty.' },
  { when: '2024-01', at: 'suspension' },
  { when: '2024-04-04 18:00', at: 'tokyo', people: ['sam'] },
  { when: '2024-04-08 16:00', at: 'kyoto', shout: 'Noodle place from tab 4.', people: ['sam'] },
  { when: '2024-06', at: 'london', shout: 'Train to a meeting that could have been an email.' },
  { when: '2024-08', at: 'harbour', shout: 'Harbour festival.' },
  { when: '2025-02', at: 'allotment' },
  { when: '2025-05', at: 'harbour', shout: 'Came last in the rowing race. Proud.' },
  { when: '2025-09-19 20:00', at: 'vancouver', people: ['ama', 'sam'] },
  { when: '2025-09-26 09:00', at: 'montreal', shout: 'Bagels, 6am, wood oven.', people: ['sam'] },
  { when: '2026-01', at: 'suspension', shout: 'New Year’s Day walk.' },
  { when: '2026-03', at: 'edinburgh', people: ['tom'] },
  { when: '2026-05-13 20:00', at: 'lisbon', people: ['lena', 'sam'] },
  { when: '2026-07-05', at: 'edinburgh', shout: 'Meeting Ada.', people: ['tom', 'mum'] },
  { when: '2026-08', at: 'allotment', shout: 'Tomato glut.' },
  {
    when: '2026-10-09 18:00',
    at: 'skye',
    shout: 'Same B&B, new owners, same tea.',
    people: ['priya', 'sam'],
  },
  { when: '2022-05', at: 'suspension', shout: 'Evening walk over the gorge.' },
  { when: '2022-06', at: 'harbour', shout: 'Lido, then coffee.' },
  { when: '2022-10', at: 'allotment', shout: 'Chiminea night.', people: ['sam'] },
  {
    when: '2023-04',
    at: 'suspension',
    shout: 'Biscuit’s first time over the bridge. She did not look down.',
    people: ['sam'],
  },
  { when: '2023-07', at: 'harbour' },
  { when: '2023-12', at: 'edinburgh', shout: 'Christmas at Tom’s.', people: ['tom', 'mum'] },
  { when: '2024-03', at: 'harbour', shout: 'Coffee with the new graduate.' },
  { when: '2024-11', at: 'london', shout: 'Institution lecture on timber bridges.' },
  { when: '2025-03', at: 'suspension' },
  { when: '2025-07', at: 'harbour', shout: 'Open-water swim.' },
  { when: '2025-12', at: 'edinburgh', people: ['tom'] },
  { when: '2026-04', at: 'allotment', shout: 'Rhubarb!' },
  {
    when: '2024-12-26 12:00',
    at: 'stives',
    shout: 'Boxing Day swim. Never again. Until next year.',
    people: ['sam'],
  },
  {
    when: '2025-11-18 19:00',
    at: 'london',
    shout: 'Bridge awards dinner. Ama’s team shortlisted, in absentia.',
  },
];

/** A drawn scene (photos.ts) and where it was taken. */
export interface PhotoDay {
  /** The folder on Robin's disk; the importer makes it the entry's title. */
  folder: string;
  /** Local time of the first photo. */
  when: string;
  at: PlaceKey;
  scenes: string[];
  camera: 'phone' | 'fuji';
}

/**
 * What Robin added by hand to some imported photo days, by folder and date: a caption and who
 * is in them (the photos importer reads neither from a JPEG).
 */
export const PHOTO_NOTES: Record<string, { caption: string; people?: PersonKey[] }> = {
  'Lisbon 2019-05-11': {
    caption: 'Our first morning in Alfama: up the hill on the 28, then down to the river on foot.',
    people: ['lena'],
  },
  'Isle of Skye 2019-09-07': {
    caption: 'The Quiraing, in the four minutes the cloud lifted.',
    people: ['priya'],
  },
  'Bread 2019-10-26': { caption: 'Gerald’s first loaf with a proper ear.' },
  'St Ives 2020-08-15': {
    caption: 'Porthmeor, the sea the colour of the postcards.',
    people: ['sam'],
  },
  'Brecon Beacons 2021-06-13': {
    caption: 'Corn Du at dawn, Pen y Fan ahead, nobody else about.',
    people: ['priya', 'sam'],
  },
  'Edinburgh 2021-10-03': { caption: 'Leith and Arthur’s Seat with Tom.', people: ['tom'] },
  'Berlin 2022-04-16': { caption: 'Tempelhof, the airport that became a park.', people: ['jonas'] },
  'Norway 2022-08-12': { caption: 'Reinebringen at midnight.', people: ['sam', 'priya'] },
  'New York 2022-12-31': { caption: 'The last afternoon of 2022.', people: ['sam'] },
  'Biscuit 2023-03-12': { caption: 'Biscuit’s first day at home.', people: ['sam'] },
  'Hamburg 2023-09-16': {
    caption: 'Altona in the afternoon, the Elbe by night.',
    people: ['lena'],
  },
  'Japan 2024-04-10': { caption: 'Fushimi Inari at seven in the morning.', people: ['sam'] },
  'Canada 2025-09-21': {
    caption: 'Ama’s bridge over the Fraser, and the mountains behind.',
    people: ['ama', 'sam'],
  },
  'Lisbon again 2026-05-14': { caption: 'Seven years on, the same tram.', people: ['lena', 'sam'] },
  'Edinburgh 2026-07-05': {
    caption: 'Walking Ada along the shore at Portobello.',
    people: ['tom', 'mum'],
  },
  'Isle of Skye 2026-10-10': {
    caption: 'The Quiraing in sunshine, at last.',
    people: ['priya', 'sam'],
  },
};

export const PHOTO_DAYS: PhotoDay[] = [
  {
    folder: 'Harbour mornings',
    when: '2019-04-06 07:10',
    at: 'harbour',
    scenes: ['harbour'],
    camera: 'phone',
  },
  {
    folder: 'Lisbon',
    when: '2019-05-11 10:20',
    at: 'lisbon',
    scenes: ['city', 'tram', 'river', 'sunset'],
    camera: 'fuji',
  },
  {
    folder: 'Isle of Skye',
    when: '2019-09-07 11:30',
    at: 'skye',
    scenes: ['mountain', 'rain', 'coast'],
    camera: 'fuji',
  },
  { folder: 'Bread', when: '2019-10-26 09:00', at: 'home', scenes: ['bread'], camera: 'phone' },
  {
    folder: 'Lockdown walks',
    when: '2020-04-12 17:40',
    at: 'home',
    scenes: ['blossom', 'field'],
    camera: 'phone',
  },
  {
    folder: 'St Ives',
    when: '2020-08-15 12:00',
    at: 'stives',
    scenes: ['sea', 'coast', 'sunset'],
    camera: 'fuji',
  },
  {
    folder: 'Allotment',
    when: '2020-11-14 14:30',
    at: 'allotment',
    scenes: ['garden'],
    camera: 'phone',
  },
  {
    folder: 'Brecon Beacons',
    when: '2021-06-13 06:05',
    at: 'brecon',
    scenes: ['dawn', 'mountain', 'field'],
    camera: 'fuji',
  },
  {
    folder: 'Allotment',
    when: '2021-08-07 18:00',
    at: 'allotment',
    scenes: ['garden', 'garden'],
    camera: 'phone',
  },
  {
    folder: 'Edinburgh',
    when: '2021-10-03 13:00',
    at: 'edinburgh',
    scenes: ['city', 'coast'],
    camera: 'phone',
  },
  {
    folder: 'Berlin',
    when: '2022-04-16 14:00',
    at: 'berlin',
    scenes: ['field', 'city', 'sunset'],
    camera: 'fuji',
  },
  {
    folder: 'Norway',
    when: '2022-08-10 15:00',
    at: 'bergen',
    scenes: ['city', 'rain'],
    camera: 'fuji',
  },
  {
    folder: 'Norway',
    when: '2022-08-12 22:50',
    at: 'lofoten',
    scenes: ['fjord', 'mountain', 'fjord', 'sunset'],
    camera: 'fuji',
  },
  {
    folder: 'New York',
    when: '2022-12-31 16:00',
    at: 'newyork',
    scenes: ['night', 'river'],
    camera: 'phone',
  },
  { folder: 'Biscuit', when: '2023-03-12 10:00', at: 'home', scenes: ['dog'], camera: 'phone' },
  {
    folder: 'Porto',
    when: '2023-06-03 17:30',
    at: 'porto',
    scenes: ['river', 'city', 'sunset'],
    camera: 'fuji',
  },
  {
    folder: 'Hamburg',
    when: '2023-09-16 15:00',
    at: 'hamburg',
    scenes: ['river', 'city', 'night'],
    camera: 'phone',
  },
  {
    folder: 'Japan',
    when: '2024-04-06 06:30',
    at: 'tokyo',
    scenes: ['blossom', 'city', 'night'],
    camera: 'fuji',
  },
  {
    folder: 'Japan',
    when: '2024-04-10 07:05',
    at: 'kyoto',
    scenes: ['gates', 'blossom', 'river'],
    camera: 'fuji',
  },
  {
    folder: 'Biscuit',
    when: '2024-09-14 08:30',
    at: 'harbour',
    scenes: ['dog', 'harbour'],
    camera: 'phone',
  },
  {
    folder: 'Allotment',
    when: '2025-06-21 19:00',
    at: 'allotment',
    scenes: ['garden'],
    camera: 'phone',
  },
  {
    folder: 'Canada',
    when: '2025-09-21 10:00',
    at: 'vancouver',
    scenes: ['river', 'mountain', 'city'],
    camera: 'fuji',
  },
  {
    folder: 'Canada',
    when: '2025-09-27 08:00',
    at: 'montreal',
    scenes: ['city', 'field'],
    camera: 'fuji',
  },
  {
    folder: 'Lisbon again',
    when: '2026-05-14 11:00',
    at: 'lisbon',
    scenes: ['tram', 'river', 'sunset'],
    camera: 'fuji',
  },
  {
    folder: 'Edinburgh',
    when: '2026-07-05 16:00',
    at: 'edinburgh',
    scenes: ['coast'],
    camera: 'phone',
  },
  {
    folder: 'Isle of Skye',
    when: '2026-10-10 12:10',
    at: 'skye',
    scenes: ['mountain', 'coast', 'sunset'],
    camera: 'fuji',
  },
  {
    folder: 'Bonfire night',
    when: '2026-11-05 19:30',
    at: 'allotment',
    scenes: ['night'],
    camera: 'phone',
  },
];

export interface Bookmark {
  when: string;
  title: string;
  url: string;
  tags: string[];
  note?: string;
}

export const BOOKMARKS: Bookmark[] = [
  {
    when: '2019-02',
    title: 'A beginner’s guide to sourdough starters',
    url: 'https://bread.example/starter-guide',
    tags: ['baking'],
    note: 'The one that finally worked. Rye flour for the first week.',
  },
  {
    when: '2019-06',
    title: 'Ordnance Survey symbols, explained',
    url: 'https://maps.example/os-symbols',
    tags: ['walking', 'maps'],
  },
  {
    when: '2019-08',
    title: 'Quiraing walk: route and parking',
    url: 'https://walks.example/skye/quiraing',
    tags: ['walking', 'skye'],
    note: 'Park early or not at all.',
  },
  {
    when: '2020-01',
    title: 'The history of the swing bridge at Cumberland Basin',
    url: 'https://bristol-history.example/cumberland-basin',
    tags: ['bridges', 'bristol'],
  },
  {
    when: '2020-05',
    title: 'How to run a family quiz over video',
    url: 'https://example.org/family-quiz',
    tags: ['family'],
    note: 'Rule one: Mum is not allowed a phone.',
  },
  {
    when: '2020-10',
    title: 'Allotment waiting lists in Bristol',
    url: 'https://bristol-allotments.example/waiting-list',
    tags: ['garden'],
  },
  {
    when: '2021-01',
    title: 'No-dig gardening in ten steps',
    url: 'https://garden.example/no-dig',
    tags: ['garden'],
    note: 'Cardboard, compost, patience.',
  },
  {
    when: '2021-04',
    title: 'Bearing replacement on old steel footbridges',
    url: 'https://journal.example/bearings-steel-footbridges',
    tags: ['bridges', 'work'],
  },
  {
    when: '2021-09',
    title: 'Hamburg has more bridges than Venice',
    url: 'https://hamburg-facts.example/bridges',
    tags: ['bridges', 'hamburg'],
    note: 'For the argument with Lena.',
  },
  {
    when: '2022-03',
    title: 'A static blog with no tracking',
    url: 'https://web.example/static-blog',
    tags: ['internet'],
  },
  {
    when: '2022-07',
    title: 'Hurtigruten timetable, Bergen to Lofoten',
    url: 'https://ferries.example/bergen-lofoten',
    tags: ['travel', 'norway'],
  },
  {
    when: '2022-11',
    title: 'How to download your Twitter archive',
    url: 'https://help.example/twitter-archive',
    tags: ['internet'],
  },
  {
    when: '2023-02',
    title: 'Living with a lurcher',
    url: 'https://dogs.example/lurchers',
    tags: ['dogs'],
    note: 'They sleep 18 hours a day. Ideal.',
  },
  {
    when: '2023-08',
    title: 'How long should a wedding speech be?',
    url: 'https://example.org/wedding-speech-length',
    tags: ['friends'],
    note: 'Three minutes. Ha.',
  },
  {
    when: '2024-01',
    title: 'Beginner fiddle tunes, with sheet music',
    url: 'https://folk.example/fiddle-tunes',
    tags: ['music'],
  },
  {
    when: '2024-03',
    title: 'Japanese wood joinery, illustrated',
    url: 'https://joinery.example/japanese-joints',
    tags: ['japan', 'bridges'],
    note: 'Required reading before Kyoto.',
  },
  {
    when: '2025-03',
    title: 'Cable-stayed bridges: how the deck meets',
    url: 'https://journal.example/cable-stayed-closure',
    tags: ['bridges'],
    note: 'For understanding what Ama is doing.',
  },
  {
    when: '2025-08',
    title: 'Montréal bagels: a field guide',
    url: 'https://food.example/montreal-bagels',
    tags: ['food', 'canada'],
  },
  {
    when: '2026-01',
    title: 'Keeping your digital life as plain files',
    url: 'https://example.org/plain-files',
    tags: ['internet'],
  },
  {
    when: '2026-06',
    title: 'Banjo for the bewildered',
    url: 'https://folk.example/banjo-basics',
    tags: ['music'],
    note: 'For Sam. And for the neighbours.',
  },
  {
    when: '2019-11',
    title: 'Birdsong identification for beginners',
    url: 'https://birds.example/songs',
    tags: ['birds'],
  },
  {
    when: '2020-07',
    title: 'Cutting your own hair: a warning',
    url: 'https://example.org/home-haircut',
    tags: ['home'],
    note: 'Read this too late.',
  },
  {
    when: '2021-06',
    title: 'Pen y Fan from Storey Arms',
    url: 'https://walks.example/brecon/pen-y-fan',
    tags: ['walking'],
  },
  {
    when: '2022-12',
    title: 'Walking the Brooklyn Bridge at night',
    url: 'https://nyc.example/brooklyn-bridge-walk',
    tags: ['travel', 'bridges'],
  },
  {
    when: '2023-10',
    title: 'Leigh Woods trails map',
    url: 'https://woods.example/leigh-woods',
    tags: ['walking', 'bristol'],
  },
  {
    when: '2024-11',
    title: 'Rye bread, Baltic style',
    url: 'https://bread.example/baltic-rye',
    tags: ['baking'],
  },
  {
    when: '2025-11',
    title: 'Lifting and storing dahlia tubers',
    url: 'https://garden.example/dahlias',
    tags: ['garden'],
  },
  {
    when: '2026-03',
    title: 'Knitting a baby hat (for beginners)',
    url: 'https://knit.example/baby-hat',
    tags: ['family'],
    note: 'Lumpy is allowed.',
  },
  {
    when: '2020-11-26',
    title: 'Winter sowing: what to plant in November',
    url: 'https://garden.example/november-sowing',
    tags: ['garden'],
  },
  {
    when: '2023-11-27',
    title: 'Christmas cake, fed weekly',
    url: 'https://bread.example/christmas-cake',
    tags: ['baking', 'family'],
    note: 'Mum’s method, more or less.',
  },
];
