/** Robin's blog (robin.example/blog), written by hand; make-demo publishes it as an RSS feed. */

export interface BlogPost {
  when: string;
  title: string;
  slug: string;
  tags: string[];
  /** Markdown. */
  body: string;
}

export const BLOG: BlogPost[] = [
  {
    when: '2019-01-20 10:00',
    title: 'Why I walk in the rain',
    slug: 'why-i-walk-in-the-rain',
    tags: ['walking'],
    body: `Every January I promise myself a walk every weekend, and every January the weather tests me.

Here is what I have learned: the rain is the walk. A dry walk on the Downs is pleasant. A wet one is an event. The paths empty, the dogs are delighted, and the city below goes soft at the edges.

## What to bring

- A hat with a brim, so the rain stays off your glasses
- A flask, because hot tea in the rain is a pleasure that cannot be explained to people indoors
- Nothing you would mind getting wet, which is everything

> The best weather for walking is the weather you are in.

That last one is from my grandad, who also said it about cricket, and about marriage.`,
  },
  {
    when: '2019-05-20 19:00',
    title: 'Lisbon’s bridge, from underneath',
    slug: 'lisbons-bridge-from-underneath',
    tags: ['bridges', 'travel'],
    body: `Everybody photographs the 25 de Abril bridge from the miradouros, red against the river. I wanted to see it from underneath, so on our last morning I dragged Lena to Alcântara and we stood under the deck with the trains rumbling overhead.

It is a suspension bridge with a second deck for rail added in the 1990s, which is a bit like adding a basement to a house that is already standing. The engineers did it by adding a second pair of main cables alongside the originals. You can see them if you know where to look: the newer, thinner strands hugging the old ones.

Lena said it looked "like a harp". I said it looked "like a retrofit". We were both right.`,
  },
  {
    when: '2019-10-27 16:00',
    title: 'Sourdough for people who hate sourdough posts',
    slug: 'sourdough-for-people-who-hate-sourdough-posts',
    tags: ['baking'],
    body: `No life story, I promise. Here is the whole thing:

1. Feed your starter in the morning.
2. In the evening mix 500 g flour, 350 g water, 100 g starter, 10 g salt.
3. Fold it four times over two hours. Leave it overnight somewhere cool.
4. Shape it, put it in the fridge for a few hours.
5. Bake it in a lidded pot, hotter than you think, 20 minutes lid on, 25 off.

That's it. Everything else is opinion. My opinion is that the crust should be darker than you're comfortable with.`,
  },
  {
    when: '2020-04-19 21:00',
    title: 'The orchard behind the railway',
    slug: 'the-orchard-behind-the-railway',
    tags: ['walking', 'bristol'],
    body: `Six years in this flat and I had never once taken the footpath that leaves the main road by the tyre place. It took a pandemic and a daily-walk allowance to make me curious.

Behind the railway embankment there is an old orchard, twenty or thirty apple trees in rows, unpruned for decades, with a bench somebody obviously still cares about. Someone has been mowing a path through it.

I don't know who owns it and I don't want to find out. Some places are better as a secret you share with whoever else has noticed.`,
  },
  {
    when: '2020-11-22 18:00',
    title: 'Plot 14B, week one',
    slug: 'plot-14b-week-one',
    tags: ['garden'],
    body: `An allotment is a promise you make to a patch of ground, and the ground is not obliged to keep its side.

Week one: cleared about a third of the bramble. Found a fork with no handle, a child's shoe, and a perfectly good watering can under the shed. Mr Okafor on the next plot watched me for three days before saying anything, and then said "you'll want to get those roots out", which I had not done, and which I have now done.

The plan for winter: garlic, broad beans, and patience.`,
  },
  {
    when: '2021-05-30 20:00',
    title: 'What a load rating is, and why it took eleven months',
    slug: 'what-a-load-rating-is',
    tags: ['bridges', 'work'],
    body: `People ask what I actually do. Here is one thing: a *load rating* answers the question "how much can this bridge safely carry, today, as it actually is?"

Not as designed. As it is. With its corrosion, its repairs, the extra layer of surfacing someone added in 1988 and forgot to tell anyone about.

## The steps

- Find every drawing (they are wrong)
- Measure the bridge (it disagrees with the drawings)
- Model it, check the model against reality, model it again
- Write it all down so that the next person can find where you were wrong

The footbridge I rated this year is fine. It was always going to be fine. But now we *know*, and knowing is the job.`,
  },
  {
    when: '2022-08-21 19:00',
    title: 'Two thousand steps in Lofoten',
    slug: 'two-thousand-steps-in-lofoten',
    tags: ['walking', 'travel', 'norway'],
    body: `The path up Reinebringen used to be a muddy scramble that eroded a little more every summer. Then a team of Nepalese Sherpas spent several seasons building a staircase of stone, nearly two thousand steps, by hand.

I have never been so moved by a path. Every step is a single stone, fitted to the hill. It is maintenance as an act of love, and it made me think about every bridge I have ever inspected: somebody built this carefully, so that strangers could climb it safely without ever thinking of them.

At the top, at eleven at night, in gold light, I thought of them.`,
  },
  {
    when: '2023-05-14 17:00',
    title: 'The drawings are lying to you (lovingly)',
    slug: 'the-drawings-are-lying-to-you',
    tags: ['bridges', 'work'],
    body: `A version of the talk I gave at work this week.

Old bridge drawings are not a record of the bridge. They are a record of what someone *intended*, on a particular Tuesday, before the contractor found the rock was in a different place.

My favourite example: a 1960s underpass whose drawings show a beautiful reinforced concrete beam, and whose actual beam, when we cored it, turned out to be a steel section someone had encased in concrete because the steel was what the yard had that week.

> Trust the bridge. Read the drawings like a letter from an optimistic friend.`,
  },
  {
    when: '2024-04-21 20:00',
    title: 'No nails: the footbridges of Kyoto',
    slug: 'no-nails-the-footbridges-of-kyoto',
    tags: ['bridges', 'travel', 'japan'],
    body: `In the gardens of Kyoto there are wooden footbridges that have stood for longer than anything I have ever rated, and most of them have no nails at all. The joints are cut so that each piece holds the next: mortise and tenon, scarf joints, wedges that tighten as the wood swells in the rain.

What struck me most is that they are *designed to be taken apart*. Every few decades a bridge is dismantled, the rotten pieces replaced, and the rest put back. The bridge is not the wood. The bridge is the pattern.

Sam has asked me to stop saying "the bridge is the pattern" at dinner.`,
  },
  {
    when: '2025-07-20 19:00',
    title: 'Why bridges tick in the sun',
    slug: 'why-bridges-tick-in-the-sun',
    tags: ['bridges'],
    body: `In a heatwave, if you stand on a steel footbridge in the afternoon, you may hear it tick. It is not falling down.

Steel grows about 1.2 mm per metre for every 100 °C it warms. A 100-metre bridge can be several centimetres longer at four in the afternoon than at four in the morning. The expansion joints and bearings let it slide, and sometimes a sliding surface sticks and then lets go, with a tick.

A bridge that does not move is a bridge in trouble. Movement is health. I find that comforting, in bridges and otherwise.`,
  },
  {
    when: '2025-10-12 18:00',
    title: 'Standing on the end of Ama’s bridge',
    slug: 'standing-on-the-end-of-amas-bridge',
    tags: ['bridges', 'travel', 'canada'],
    body: `A cable-stayed bridge under construction is a strange, brave thing: two half-decks reaching out over the river from their towers, held by their cables, not yet touching.

My friend Ama is one of the engineers on one over the Fraser River, and in September she let me stand at the very end of one half, in a hard hat, with the river sixty metres below and the other half reaching towards us.

They will meet next spring. The tolerance at the meeting point is a few millimetres, across hundreds of metres of steel and concrete and cable. That is what engineering is: a promise, kept precisely, in public.`,
  },
  {
    when: '2026-02-15 16:00',
    title: 'All of it in one folder',
    slug: 'all-of-it-in-one-folder',
    tags: ['internet'],
    body: `This month I put my whole online life into one folder of plain text files: twelve years of tweets, four years of toots, this blog, mail, photos from three phones, and the notes file I have kept since 2019.

It is now a little website on my own computer. No feed, no algorithm, no ads: just a timeline, and an "on this day" page that tells me what I was doing on this date in every year.

Today, seven years ago, I was complaining about waterproof trousers. Some things never change.`,
  },
  {
    when: '2026-09-20 17:00',
    title: 'The bolt, again',
    slug: 'the-bolt-again',
    tags: ['bridges', 'work'],
    body: `Seven years ago I found a bolt on the swing bridge that had been painted over three times without anyone looking at it. I wrote it up. This year, same bridge, same bolt: painted over a fourth time.

I'm not angry. It's a small bolt and it's fine. But it is a good reminder that maintenance is not painting. Maintenance is looking.

I've written it up again. This time I've attached a photo from 2019.`,
  },
];
