/**
 * Robin's mail, written by hand as conversations: each thread a subject and its messages in
 * order. make-demo writes them into a Google Takeout mbox with Message-ID, In-Reply-To and
 * References, the earlier message quoted under each reply and each sender's signature, and the
 * mail importer reads it back.
 */
import type { PersonKey } from './cast.ts';

export interface MailMessage {
  /** `robin` or a person of cast.ts. */
  from: PersonKey | 'robin';
  to: (PersonKey | 'robin')[];
  cc?: (PersonKey | 'robin')[];
  when: string;
  body: string;
}

export interface MailThread {
  subject: string;
  labels?: string[];
  messages: MailMessage[];
}

export const MAIL: MailThread[] = [
  {
    subject: 'Lisbon in May?',
    labels: ['travel'],
    messages: [
      {
        from: 'lena',
        to: ['robin'],
        when: '2019-02-10 20:14',
        body: `Robin!\n\nI have four days off in May and a voucher for a flight that expires in June. Lisbon? I have never been and you keep saying you want to see the bridge.\n\nSay yes.`,
      },
      {
        from: 'robin',
        to: ['lena'],
        when: '2019-02-10 21:02',
        body: `Yes.\n\nI'll look at flights from Bristol tonight. 10th to 14th? I can take the Friday off if I finish the Cumberland Basin report, which I will, because Lisbon.`,
      },
      {
        from: 'lena',
        to: ['robin'],
        when: '2019-02-11 07:45',
        body: `10th to 14th is perfect. I found a flat in Alfama with a balcony and a terrible photo of a cat. Booking it.`,
      },
    ],
  },
  {
    subject: 'Skye: the plan',
    labels: ['travel', 'walking'],
    messages: [
      {
        from: 'priya',
        to: ['robin'],
        when: '2019-08-02 12:30',
        body: `Hi Robin,\n\nPlan for Skye, as promised:\n\n- Fri 6th: drive up, stop in Glencoe\n- Sat 7th: Quiraing (weather permitting, ha)\n- Sun 8th: Coral Beach and the Fairy Pools if legs allow\n- Mon 9th: drive home, cry\n\nI've booked the B&B in Staffin. Bring the good map and waterproof trousers, however they sound.`,
      },
      {
        from: 'robin',
        to: ['priya'],
        when: '2019-08-02 18:10',
        body: `Perfect. I'll bring the map, the flask and the optimism you always say I lack.\n\nCan we leave at 6 on Friday? The M6 on a Friday afternoon is where joy goes to die.`,
      },
      {
        from: 'priya',
        to: ['robin'],
        when: '2019-08-03 09:05',
        body: `6 it is. I'll have coffee ready. You're driving the Glencoe bit, I get carsick on the bends.`,
      },
    ],
  },
  {
    subject: 'Load rating, Temple Meads footbridge',
    labels: ['work'],
    messages: [
      {
        from: 'dev',
        to: ['robin'],
        cc: ['ama'],
        when: '2021-02-22 09:12',
        body: `Robin,\n\nThe client has asked whether we can bring the final report forward to the 12th of March. I know it's tight. Can you tell me by Wednesday whether that's realistic, and what you'd need to drop?\n\nThanks,`,
      },
      {
        from: 'robin',
        to: ['dev'],
        cc: ['ama'],
        when: '2021-02-22 16:40',
        body: `Hi Dev,\n\nThe 12th is doable if Ama can check the bearing calculations this week, and if we send the appendix on corrosion as a separate document on the 19th. The main findings won't change: the bridge is fine, with two bearings to replace within five years.\n\nI'd rather not rush the appendix; that's where the surprises live.`,
      },
      {
        from: 'ama',
        to: ['robin', 'dev'],
        when: '2021-02-22 17:05',
        body: `I can do the bearings Wednesday and Thursday. Robin's right about the appendix.`,
      },
      {
        from: 'dev',
        to: ['robin', 'ama'],
        when: '2021-02-23 08:30',
        body: `Agreed, main report on the 12th and the appendix on the 19th. Thank you both. Nice work on this.`,
      },
    ],
  },
  {
    subject: 'Christmas',
    labels: ['family'],
    messages: [
      {
        from: 'mum',
        to: ['robin', 'tom'],
        when: '2020-11-29 10:20',
        body: `Dear both,\n\nI think we all know Christmas will have to be on the computer this year. I have bought a cable for the television so I can see you bigger. Tom, you'll need to tell me which end goes where.\n\nI will still make the pudding and post you each a slice. Don't argue.`,
      },
      {
        from: 'tom',
        to: ['mum', 'robin'],
        when: '2020-11-29 11:02',
        body: `Mum, I'll ring you on Tuesday and we'll do the cable together.\n\nRobin, are you doing the quiz again? Please make it less about bridges this time.`,
      },
      {
        from: 'robin',
        to: ['mum', 'tom'],
        when: '2020-11-29 19:44',
        body: `Pudding by post is the most Mum thing that has ever happened and I love it.\n\nTom, the quiz will have exactly one round about bridges. It will be the hardest round. You have been warned.`,
      },
    ],
  },
  {
    subject: 'Moving in: the boring logistics',
    labels: ['home'],
    messages: [
      {
        from: 'sam',
        to: ['robin'],
        when: '2021-12-12 22:15',
        body: `Practical questions, since we are doing this:\n\n1. Van: I've got a friend with one on the 8th.\n2. Books: eleven boxes. I know. I'm sorry. I'm not sorry.\n3. The sofa: mine or yours? (Mine. Yours has a spring that has bitten me twice.)`,
      },
      {
        from: 'robin',
        to: ['sam'],
        when: '2021-12-13 07:50',
        body: `1. The 8th is perfect.\n2. I've cleared two shelves and I have a plan for the rest involving the hallway.\n3. Yours. Mine goes to the charity shop with an apology note for the spring.\n\nI can't wait.`,
      },
    ],
  },
  {
    subject: 'Norway: tickets and a question about midges',
    labels: ['travel'],
    messages: [
      {
        from: 'robin',
        to: ['priya', 'sam'],
        when: '2022-06-14 20:30',
        body: `Tickets booked: Bristol to Bergen via Amsterdam on 9 August, then the coastal ferry to Lofoten on the 11th. Back on the 16th.\n\nPriya, do they have midges in Lofoten? I have a head net and I am not afraid to wear it.`,
      },
      {
        from: 'priya',
        to: ['robin', 'sam'],
        when: '2022-06-14 21:12',
        body: `Not like Skye. It's the wind that gets you there. Bring the head net anyway; you'll look great.`,
      },
      {
        from: 'sam',
        to: ['robin', 'priya'],
        when: '2022-06-15 08:03',
        body: `I have bought a book about fjords. I will read it on the ferry and tell you all facts about fjords whether you want them or not.`,
      },
    ],
  },
  {
    subject: 'The speech',
    labels: ['friends'],
    messages: [
      {
        from: 'lena',
        to: ['robin'],
        when: '2023-08-20 19:40',
        body: `Katja says I'm not allowed to ask what's in your speech. So I'm not asking. But is the toaster in it?`,
      },
      {
        from: 'robin',
        to: ['lena'],
        when: '2023-08-20 20:05',
        body: `I can neither confirm nor deny the toaster.\n\nIt's seven minutes. I've tried to make it three. The three-minute version is a list of your virtues with no jokes and you'd hate it.`,
      },
      {
        from: 'lena',
        to: ['robin'],
        when: '2023-08-20 20:11',
        body: `Seven minutes is fine. Keep the toaster.`,
      },
    ],
  },
  {
    subject: 'Japan itinerary v4 (final, really)',
    labels: ['travel'],
    messages: [
      {
        from: 'sam',
        to: ['robin'],
        when: '2024-02-18 21:30',
        body: `Final version, I promise:\n\nTokyo 4–8 April (Yanaka, the flea market, the bookshop street)\nKyoto 8–13 April (Fushimi Inari early, the gardens, that noodle place)\nTokyo 13–14 April, fly home\n\nThe tabs have tabs, as you like to say.`,
      },
      {
        from: 'robin',
        to: ['sam'],
        when: '2024-02-18 22:02',
        body: `This is beautiful. Can we add one morning for the wooden footbridges in the gardens in Kyoto? I'll be quick.\n\n(I won't be quick.)`,
      },
      {
        from: 'sam',
        to: ['robin'],
        when: '2024-02-18 22:06',
        body: `Already in tab 3, "Robin looks at joinery". Allotted: a whole day.`,
      },
    ],
  },
  {
    subject: 'Come and see the bridge',
    labels: ['friends', 'travel'],
    messages: [
      {
        from: 'ama',
        to: ['robin'],
        when: '2025-06-02 05:30',
        body: `Robin,\n\nThe deck is cantilevering out from both towers now and it is the most beautiful thing I've ever worked on. Come in September. I'll get you a hard hat and a vest and you can stand at the end of it and look down at the Fraser.\n\nBring Sam. I'll show you both Kitsilano and the best dumplings in the city.`,
      },
      {
        from: 'robin',
        to: ['ama'],
        when: '2025-06-02 18:20',
        body: `We're coming. Booked the 19th to the 25th, then a few days in Montréal on the way back.\n\nI miss you at the next desk. The new graduate is lovely and says "awesome" about load tables.`,
      },
      {
        from: 'ama',
        to: ['robin'],
        when: '2025-06-03 04:10',
        body: `Load tables ARE awesome. See you in September.`,
      },
    ],
  },
  {
    subject: 'Ada',
    labels: ['family'],
    messages: [
      {
        from: 'tom',
        to: ['robin', 'mum'],
        when: '2026-07-04 06:12',
        body: `She's here. 3.08 kg, born at 4:51 this morning. Her name is Ada. Everyone is well, everyone is tired, she has a lot of hair.\n\nCome when you can.`,
      },
      {
        from: 'mum',
        to: ['tom', 'robin'],
        when: '2026-07-04 06:40',
        body: `Oh Tom. I'm on the 9 o'clock train. I've packed the blanket I knitted for you.`,
      },
      {
        from: 'robin',
        to: ['tom', 'mum'],
        when: '2026-07-04 06:55',
        body: `Congratulations, both of you. Sam and I will be there this afternoon. I'm bringing bread, because that is the only thing I know how to do in an emergency.`,
      },
    ],
  },
  {
    subject: 'Skye in October: same B&B?',
    labels: ['travel', 'walking'],
    messages: [
      {
        from: 'robin',
        to: ['priya'],
        cc: ['sam'],
        when: '2026-08-30 20:00',
        body: `Priya, it's been seven years. Quiraing again, in October? Sam is coming this time. I've checked and the B&B in Staffin still exists, under new owners.`,
      },
      {
        from: 'priya',
        to: ['robin'],
        cc: ['sam'],
        when: '2026-08-31 07:15',
        body: `Yes!! 9th to 12th? I'll drive the Glencoe bit this time, I've got better at bends.`,
      },
    ],
  },
];

/** A mail in the Spam label, which the importer leaves out. */
export const SPAM = {
  from: 'prizes@lottery.example',
  when: '2024-03-05 03:12',
  subject: 'You have won!!!',
  body: 'Claim your prize today.',
};
