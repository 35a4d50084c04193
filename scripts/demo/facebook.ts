/**
 * Robin's Facebook, written by hand: posts for family and old friends (photos with people
 * tagged, check-ins with their place, one life event) and two Messenger conversations. make-demo
 * writes them as Facebook's JSON "Download your information" export, with Meta's broken accents.
 */
import type { PersonKey, PlaceKey } from './cast.ts';

export interface FacebookPost {
  when: string;
  text?: string;
  /** A check-in: the place's name and coordinates travel with the post. */
  checkin?: PlaceKey;
  /** Drawn photos by scene name, with a caption each. */
  photos?: { scene: string; caption?: string }[];
  tagged?: PersonKey[];
  lifeEvent?: string;
}

export const FACEBOOK_POSTS: FacebookPost[] = [
  {
    when: '2019-01-01 12:00',
    text: 'Happy new year from a very windy Clifton! Mum, thank you for the scarf, it is already essential.',
  },
  {
    when: '2019-03-10 17:00',
    text: 'Mother’s Day lunch. Tom burnt the Yorkshires, Mum pretended not to notice.',
    tagged: ['mum', 'tom'],
    photos: [{ scene: 'home', caption: 'Sunday lunch at Mum’s' }],
  },
  {
    when: '2019-05-10 15:00',
    checkin: 'lisbon',
    text: 'Made it! Lisbon with Lena.',
    tagged: ['lena'],
  },
  {
    when: '2019-05-14 20:00',
    text: 'Four days in Lisbon: trams, tiles, the bridge, far too many pastries.',
    tagged: ['lena'],
    photos: [
      { scene: 'tram', caption: 'The 28, going up' },
      { scene: 'river', caption: 'The Tagus from the Miradouro de Santa Luzia' },
    ],
  },
  {
    when: '2019-08-04 13:00',
    text: 'Priya’s birthday walk in the Mendips. Cake carried 9 miles and eaten on a stile.',
    tagged: ['priya'],
  },
  {
    when: '2019-09-06 20:30',
    checkin: 'skye',
    text: 'Skye for the weekend. Forecast: biblical.',
    tagged: ['priya'],
  },
  {
    when: '2019-12-25 18:00',
    text: 'Christmas at Mum’s. Board games were played. Friendships were tested.',
    tagged: ['mum', 'tom'],
  },
  {
    when: '2020-03-29 11:00',
    text: 'If anyone nearby needs shopping picking up, message me. I’m going twice a week anyway.',
  },
  {
    when: '2020-06-14 19:00',
    text: 'Lockdown birthday: a cake from Sam left on my doorstep with a note that said "do not share". I did not share.',
    tagged: ['sam'],
  },
  {
    when: '2020-08-14 18:30',
    checkin: 'stives',
    text: 'First holiday since it all began.',
    tagged: ['sam'],
  },
  {
    when: '2020-12-25 15:00',
    text: 'Christmas on a screen. Mum’s pudding arrived by post, perfectly intact, which is more than can be said for the quiz.',
    tagged: ['mum', 'tom'],
  },
  {
    when: '2021-06-13 09:00',
    checkin: 'brecon',
    text: 'Summit of Pen y Fan before 8am.',
    tagged: ['priya', 'sam'],
    photos: [{ scene: 'dawn', caption: 'Sunrise from Corn Du' }],
  },
  {
    when: '2021-10-02 12:00',
    checkin: 'edinburgh',
    text: 'Visiting Tom’s new place in Leith.',
    tagged: ['tom'],
  },
  {
    when: '2022-01-08 20:00',
    lifeEvent: 'Moved in with Sam Ortega',
    text: 'The flat is full of books. I’m very happy.',
    tagged: ['sam'],
  },
  {
    when: '2023-03-12 12:00',
    text: 'Mum, meet your granddog. Her name is Biscuit.',
    tagged: ['mum', 'sam'],
    photos: [{ scene: 'dog', caption: 'Biscuit on her first day' }],
  },
  {
    when: '2023-09-17 11:00',
    text: 'Lena and Katja’s wedding on the Elbe. I have never seen two happier people.',
    tagged: ['lena'],
    photos: [
      { scene: 'river', caption: 'The boat on the Elbe' },
      { scene: 'night', caption: 'Dancing on the second boat' },
    ],
  },
  {
    when: '2026-07-04 21:00',
    text: 'Welcome to the world, Ada. Your auntie is already insufferable.',
    tagged: ['tom', 'mum'],
  },
];

export interface Conversation {
  /** The folder name in messages/inbox/. */
  folder: string;
  title: string;
  participants: (PersonKey | 'robin')[];
  messages: { from: PersonKey | 'robin'; when: string; text: string }[];
}

export const MESSENGER: Conversation[] = [
  {
    folder: 'ashbyfamily_4815',
    title: 'Ashby family',
    participants: ['robin', 'tom', 'mum'],
    messages: [
      {
        from: 'mum',
        when: '2020-03-23 19:02',
        text: 'Are you both all right? The news is frightening.',
      },
      {
        from: 'tom',
        when: '2020-03-23 19:05',
        text: 'We’re fine Mum. Working from home. Stay in, we’ll do your shopping online.',
      },
      {
        from: 'robin',
        when: '2020-03-23 19:11',
        text: 'All fine here too. I’ll ring you every evening at 7, if you like.',
      },
      { from: 'mum', when: '2020-03-23 19:12', text: 'I would like that very much.' },
      {
        from: 'mum',
        when: '2020-05-09 10:30',
        text: 'Quiz tonight? I have been practising capitals.',
      },
      { from: 'tom', when: '2020-05-09 10:41', text: 'Robin, please no bridge round' },
      { from: 'robin', when: '2020-05-09 10:45', text: 'There is always a bridge round' },
      {
        from: 'mum',
        when: '2021-10-04 08:15',
        text: 'Tom the photos of the flat are lovely. Is the sofa comfortable?',
      },
      {
        from: 'tom',
        when: '2021-10-04 08:40',
        text: 'Very. Robin slept on it and didn’t complain once.',
      },
      { from: 'robin', when: '2021-10-04 08:52', text: 'I complained a bit.' },
      {
        from: 'mum',
        when: '2023-03-12 13:05',
        text: 'She’s beautiful! Does she like cheese? Your father’s dog loved cheese.',
      },
      {
        from: 'robin',
        when: '2023-03-12 13:20',
        text: 'She has not met cheese yet. I suspect she will like it.',
      },
      {
        from: 'tom',
        when: '2026-01-18 20:10',
        text: 'Big news: due in July. Mum already knows, she guessed from my face on the call.',
      },
      { from: 'robin', when: '2026-01-18 20:12', text: 'TOM!!! Oh I’m so happy for you both.' },
      {
        from: 'mum',
        when: '2026-01-18 20:30',
        text: 'I have started knitting. Yellow, to be safe.',
      },
      {
        from: 'tom',
        when: '2026-07-04 05:20',
        text: 'Going in now. Will message when there is news.',
      },
      { from: 'mum', when: '2026-07-04 05:22', text: 'Thinking of you both. ❤️' },
      {
        from: 'robin',
        when: '2026-11-22 18:00',
        text: 'Photo of Ada in the yellow cardigan please, Sam is demanding.',
      },
      {
        from: 'tom',
        when: '2026-11-22 18:35',
        text: 'She has sicked on the yellow cardigan. Photo tomorrow.',
      },
    ],
  },
  {
    folder: 'lenafischer_1024',
    title: 'Lena Fischer',
    participants: ['robin', 'lena'],
    messages: [
      { from: 'lena', when: '2019-05-09 21:00', text: 'Airport at 6. Are you packed?' },
      { from: 'robin', when: '2019-05-09 21:04', text: 'I have packed a raincoat and four books.' },
      { from: 'lena', when: '2019-05-09 21:05', text: 'It is Lisbon in May, Robin.' },
      { from: 'robin', when: '2019-05-09 21:06', text: 'You say that now.' },
      {
        from: 'lena',
        when: '2021-09-02 19:30',
        text: 'Hamburg has 2,500 bridges. Venice has 400. I rest my case.',
      },
      {
        from: 'robin',
        when: '2021-09-02 19:45',
        text: 'Does a bridge over a drainage ditch count? Be honest.',
      },
      { from: 'lena', when: '2021-09-02 19:46', text: 'A bridge is a bridge.' },
      {
        from: 'lena',
        when: '2022-12-24 14:00',
        text: 'Katja said yes!!! Well, I said yes. We both said yes.',
      },
      {
        from: 'robin',
        when: '2022-12-24 14:03',
        text: 'LENA. I’m crying in the middle of the supermarket.',
      },
    ],
  },
];
