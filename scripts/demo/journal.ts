/**
 * Robin's journal, written by hand: notes kept in a text editor, one file a day. `when` is local
 * time at `at` (Bristol when absent); a month alone (`2019-01`) lets make-demo choose the day.
 */
import type { PersonKey, PlaceKey } from './cast.ts';

export interface JournalNote {
  when: string;
  title: string;
  tags: string[];
  people?: PersonKey[];
  at?: PlaceKey;
  visibility?: 'private' | 'friends' | 'public';
  body: string;
}

export const JOURNAL: JournalNote[] = [
  {
    when: '2019-01-06 21:40',
    title: 'Walking notes',
    tags: ['walking'],
    at: 'harbour',
    body: `Walked the long way round the harbour after lunch, because the flat was too small for the mood I was in. Tide out, boats sitting crooked on the mud, a heron standing on the pontoon like it had paid for it.

Resolution for the year, written down so I can be embarrassed by it in December: one proper walk every weekend, even in the rain. Especially in the rain.`,
  },
  {
    when: '2019-02',
    title: 'The starter lives',
    tags: ['baking'],
    body: `Day nine of the sourdough starter. For a week it did nothing but smell of wet cardboard, and this morning it had doubled and was pushing the cling film up like a little dome. I actually said "oh!" out loud in the kitchen.

Named it Gerald, after the inspector on my first job who was also slow, sour and ultimately reliable.`,
  },
  {
    when: '2019-03-03 19:05',
    title: 'A Sunday with nothing in it',
    tags: ['home', 'reading'],
    body: `Rain all day. Read half of a book about lighthouses on the sofa with my feet on the radiator, made soup from whatever was left in the fridge (leek, one sad carrot, half a tin of beans), and did not look at my phone until four.

I should plan fewer weekends.`,
  },
  {
    when: '2019-05-12 23:10',
    title: 'Lisbon, the tram and the custard tarts',
    tags: ['travel', 'food'],
    people: ['lena'],
    at: 'lisbon',
    visibility: 'friends',
    body: `Lena insists the 28 tram is a tourist trap and then sat on it grinning for forty minutes. We got off at the top because a woman with a shopping trolley told us to, and she was right: the whole river was down there, silver, with the bridge that looks like the Golden Gate's cousin.

Custard tarts count: me four, Lena five. She says the one she dropped counts.`,
  },
  {
    when: '2019-07',
    title: 'Inspection day under the Cumberland Basin',
    tags: ['work', 'bridges'],
    body: `Spent the day in a cherry picker under the swing bridge with a hammer and a clipboard. There is a particular sound good steel makes when you tap it and a particular sound the bad bits make, and after six years I can hear the difference before I see the rust.

Found a bolt someone had painted over at least three times. Nobody had looked at it, only painted it. There is a lesson there I will think about later.`,
  },
  {
    when: '2019-09-08 21:30',
    title: 'Skye, in weather',
    tags: ['walking', 'travel'],
    people: ['priya'],
    at: 'skye',
    body: `Priya's plan was the Quiraing at dawn. Skye's plan was horizontal rain. We compromised on the Quiraing at eleven in horizontal rain, and for about four minutes the cloud lifted and the whole ridge stood there, green and enormous, and then it closed again like a curtain.

Dried our socks on the B&B's radiator. The landlady gave us tea without being asked, which is the highest form of hospitality.`,
  },
  {
    when: '2019-12-24 22:15',
    title: 'Christmas Eve at Mum’s',
    tags: ['family'],
    people: ['mum', 'tom'],
    body: `Tom and I did the washing up like we were twelve, arguing about the same things (who dries, whose turn it was in 1998). Mum pretended not to listen and laughed at the right moments.

She has started labelling the photos in the old albums. "So you'll know who everyone was." I didn't like how that sounded, and I liked that she is doing it.`,
  },
  {
    when: '2020-02-15 23:50',
    title: 'The ceilidh',
    tags: ['music', 'friends'],
    people: ['sam'],
    body: `Went to the ceilidh at the church hall because Priya had a spare ticket. Stripped the Willow with a person called Sam who laughed every time we went the wrong way, which was every time.

Swapped numbers by the coat pile. I am thirty-one years old and my hands were shaking.`,
  },
  {
    when: '2020-03-24 20:00',
    title: 'First day of staying in',
    tags: ['home'],
    body: `Everything closed. Work says "work from home until further notice" and my home is a one-bedroom flat with a kitchen table that wobbles. Put a folded beer mat under the leg and called it an office.

Clapped on the doorstep at eight. The woman across the road I have never spoken to waved. I waved back. That felt like more than it was.`,
  },
  {
    when: '2020-04',
    title: 'Walks with Sam, two metres apart',
    tags: ['walking', 'friends'],
    people: ['sam'],
    body: `Our "one walk a day" happens to be the same walk, at the same time, from opposite ends of the park. We meet in the middle and walk side by side with a gap you could park a bike in.

Today Sam brought two coffees and put mine on a wall and stepped back, like feeding a deer.`,
  },
  {
    when: '2020-08-16 22:00',
    title: 'St Ives',
    tags: ['travel', 'sea'],
    people: ['sam'],
    at: 'stives',
    visibility: 'friends',
    body: `First trip anywhere since March. The sea was the colour it is on postcards, which I had always assumed was a printing trick. Swam at Porthmeor until my fingers went white.

Sam read a whole novel on the beach while I tried and failed to fly a kite that cost four pounds. Chips on the harbour wall, gulls circling like they had been briefed.`,
  },
  {
    when: '2020-11',
    title: 'An allotment, at last',
    tags: ['garden'],
    at: 'allotment',
    body: `Four years on the waiting list and the email came at 7 a.m.: plot 14B, "some clearing required." Some clearing. There is a bramble in the corner the size of a car and a shed with no door.

Spent the afternoon with a fork and a wheelbarrow and I have never been happier to be cold and muddy.`,
  },
  {
    when: '2021-03',
    title: 'The year of the spreadsheet',
    tags: ['work'],
    body: `Finished the load-rating report for the footbridge at Temple Meads. Eleven months, three site visits, one model I rebuilt twice. The bridge is fine, for the record. Bridges usually are; it is the paperwork that is in danger.

Dev said "nice work" in the Teams chat and I have been unreasonably cheerful all evening.`,
  },
  {
    when: '2021-06-13 20:30',
    title: 'Pen y Fan before the crowds',
    tags: ['walking'],
    people: ['priya', 'sam'],
    at: 'brecon',
    body: `Up at four, on the path by six, summit by half seven with nobody else on it but a man in a full suit who said he did this every Sunday and then ran down.

Priya timed us; Sam refused to be timed. I ate the sandwiches at 8 a.m. because the summit is a time zone of its own.`,
  },
  {
    when: '2021-10-03 21:00',
    title: 'Tom’s new house',
    tags: ['family'],
    people: ['tom'],
    at: 'edinburgh',
    body: `Tom's flat in Leith has a window that looks at a wall and a second window that looks at the sea, and he shows everyone the second one first. He has bought a sofa. My little brother owns a sofa.

We walked up Arthur's Seat in the wind and he told me they are thinking about children. I said nothing useful and hugged him at the top, which was clumsy in those coats.`,
  },
  {
    when: '2022-01',
    title: 'Moving in',
    tags: ['home'],
    people: ['sam'],
    body: `Sam moved in on Saturday with eleven boxes of books, one box of clothes and a plant called Denise. The flat is now officially too small and I don't care.

We have already had our first argument, about where the colander lives. The colander now lives in a place neither of us chose.`,
  },
  {
    when: '2022-04-17 22:40',
    title: 'Berlin, on foot',
    tags: ['travel', 'friends'],
    people: ['jonas'],
    at: 'berlin',
    visibility: 'friends',
    body: `Jonas walked us across the whole of Tempelhof, which is an airport that is now a park and still feels like it might take off. Kites, roller skaters, a man barbecuing on what used to be the runway.

He took us to a bakery he swore was the best in Neukölln and it was closed for Easter, and he stood at the door and said "no" quietly, three times.`,
  },
  {
    when: '2022-08-12 23:30',
    title: 'Midnight sun, more or less',
    tags: ['travel', 'walking'],
    people: ['sam', 'priya'],
    at: 'lofoten',
    body: `Reinebringen is a staircase of nearly two thousand stone steps built by Sherpas, and at the top the whole of Lofoten is laid out like someone spilled mountains into the sea.

It is eleven at night and the light is gold and nobody can sleep. Priya is doing a crossword. Sam is asleep after all, face down, boots still on.`,
  },
  {
    when: '2022-11-20 21:10',
    title: 'Leaving Twitter',
    tags: ['internet'],
    body: `Downloaded my Twitter archive today: twelve years in a zip file of 40 MB. It is strange to see it as files. All those mornings, all those jokes that landed with nobody.

I have an account on Mastodon now, with the same people, mostly. It feels like the early internet, which is either a compliment or a warning.`,
  },
  {
    when: '2022-12-31T23:30:00-05:00',
    title: 'New Year in New York',
    tags: ['travel'],
    people: ['sam'],
    at: 'newyork',
    body: `Half past eleven here and already next year at home. Sam and I walked out onto the Brooklyn Bridge with a flask of something Sam won't name, and the whole city was making a noise like a kettle. This entry keeps its own time zone, so it stays on the 31st.`,
  },
  {
    when: '2023-03',
    title: 'Biscuit',
    tags: ['home', 'dog'],
    people: ['sam'],
    body: `We have a dog. A rescue lurcher called Biscuit, four years old, grey like a stone from the beach, who walks into the flat, inspects every corner, and lies down on Sam's side of the bed as if it were written in the lease.

She is afraid of the washing machine and of nothing else.`,
  },
  {
    when: '2023-09-16 23:55',
    title: 'Lena and Katja',
    tags: ['friends', 'travel'],
    people: ['lena'],
    at: 'hamburg',
    visibility: 'friends',
    body: `Lena got married today in a registry office in Altona, then on a boat on the Elbe, then in a bar that I think was also a boat. I gave a speech that was meant to be three minutes and was seven. Katja's dad cried at the part about the tram in Lisbon, which I did not expect.

Twenty years since we met in halls, arguing over a toaster.`,
  },
  {
    when: '2024-02-29T21:15:00+00:00',
    title: 'A leap day',
    tags: ['reading'],
    body: 'An extra day, so I spent it on nothing at all. Template syntax such as {{ 7*7 }} or {% include "x" %} stays as plain text in an entry.',
  },
  {
    when: '2024-04-06 22:20',
    title: 'Yanaka at dusk',
    tags: ['travel', 'japan'],
    people: ['sam'],
    at: 'tokyo',
    body: `Jet lag woke us at four, so we were in Yanaka cemetery by six with the cherry trees just at their peak and the old men already out with their cameras and their dogs. Petals in the puddles.

In the evening a tiny bar with six stools, and the owner played a record by a British band I had never heard of and looked so pleased that I pretended I had.`,
  },
  {
    when: '2024-04-10 21:45',
    title: 'The thousand gates',
    tags: ['travel', 'japan', 'walking'],
    people: ['sam'],
    at: 'kyoto',
    body: `Fushimi Inari at seven in the morning: the orange gates go on and on up the hill, and the higher you climb the fewer people there are, until it is only you and a cat and the sound of your own breathing.

Sam counted gates for a while and gave up at 412. I kept thinking about the joinery.`,
  },
  {
    when: '2024-10',
    title: 'Fiddle, one bar a day',
    tags: ['music'],
    body: `Six months into learning the fiddle. I can now play "Si Bheag, Si Mhor" at a speed that makes Biscuit leave the room but no longer makes her howl. Progress is progress.

The trick, the teacher says, is to practise badly every day rather than well once a week. I am extremely good at practising badly.`,
  },
  {
    when: '2025-01',
    title: 'Ama is moving to Vancouver',
    tags: ['friends', 'work'],
    people: ['ama'],
    body: `Ama told me at lunch: a job on a cable-stayed bridge over the Fraser, three years at least. I said all the right things and then sat in the van outside the office for ten minutes.

We have worked side by side for seven years. She is the one who taught me to check the drawings against the site and not the other way round.`,
  },
  {
    when: '2025-06',
    title: 'Garlic harvest',
    tags: ['garden'],
    at: 'allotment',
    body: `Pulled forty-two heads of garlic from 14B, planted in the rain last November "as tradition demands" (my tradition, two years old). Plaited them badly and hung them in the shed, which now has a door.

Mr Okafor from 15 inspected the plait and said it was "a good effort," which from him is a medal.`,
  },
  {
    when: '2025-09-21 22:30',
    title: 'Across the Fraser',
    tags: ['travel', 'bridges', 'friends'],
    people: ['ama', 'sam'],
    at: 'vancouver',
    visibility: 'friends',
    body: `Ama gave us the tour of her bridge in hard hats and orange vests. The deck is half built, cantilevering out over the river from both sides, and the two halves are going to meet in the middle next spring to within a few millimetres.

I got a lump in my throat about a bridge. Sam has promised not to tell anyone, which means everyone will know by Friday.`,
  },
  {
    when: '2026-02',
    title: 'Twenty years of notes',
    tags: ['reading', 'internet'],
    body: `Put all of it into one folder this week: the old tweets, the toots, the blog, the photos from three phones, the mail. Read through 2019 tonight. Past me worried about all the wrong things, and was right about the bread.`,
  },
  {
    when: '2026-05-15 23:00',
    title: 'Lisbon again, seven years on',
    tags: ['travel', 'friends'],
    people: ['lena', 'sam'],
    at: 'lisbon',
    visibility: 'friends',
    body: `Same tram, same hill, same woman with a shopping trolley? Surely not. Lena swears it is her.

The custard tart count is no longer a competition, because Sam ate seven and we are all a bit afraid of Sam now.`,
  },
  {
    when: '2026-07-04 20:15',
    title: 'Ada',
    tags: ['family'],
    people: ['tom', 'mum'],
    at: 'edinburgh',
    body: `My niece is called Ada, she weighs three kilos and eighty grams, and she held onto my finger like it owed her money.

Mum cried in the hospital corridor and then told the nurse, twice, that she is a grandmother now. Tom looks like he hasn't slept since May, which he hasn't.`,
  },
  {
    when: '2026-10-11 21:00',
    title: 'Skye, in better weather',
    tags: ['walking', 'travel'],
    people: ['priya', 'sam'],
    at: 'skye',
    body: `Seven years after the wet one, Priya and I did the Quiraing again, with Sam this time, and the sky was the kind of blue that makes you suspicious. We could see the Outer Hebrides.

The B&B has changed hands. The new owners also gave us tea without being asked. Some things are about the place and not the people.`,
  },
  {
    when: '2026-11',
    title: 'Dark at half four',
    tags: ['home'],
    people: ['sam'],
    body: `The clocks went back and the evenings fell off a cliff. Lit the first fire of the year in the new stove. Biscuit lay so close to it that I could smell toasting dog.

Sam is learning to knit. There is a scarf happening. It is long and it is every colour.`,
  },
  {
    when: '2020-12-11 21:30',
    title: 'Pudding by post',
    tags: ['family', 'home'],
    people: ['mum'],
    body: `The parcel from Mum arrived: two slices of Christmas pudding wrapped in greaseproof paper, then foil, then a tea towel, then a shoebox, with a note in her handwriting: "Steam for 20 minutes. Do NOT microwave, Robin."

I microwaved it. It was perfect. I will never tell her.`,
  },
  {
    when: '2021-12-18 20:40',
    title: 'Carols on the harbour',
    tags: ['music', 'bristol'],
    people: ['sam'],
    at: 'harbour',
    body: `A brass band on the harbourside playing carols, slightly out of tune because of the cold, and about two hundred people singing along in hats. Sam knew all the words to all the verses, which I did not know about Sam.

We walked home along the water with chips, and the cathedral was lit up, and it felt like a Christmas card someone had made about Bristol.`,
  },
  {
    when: '2022-12-07 22:00',
    title: 'Frost on the gorge',
    tags: ['walking', 'bridges'],
    at: 'suspension',
    body: `Walked over the suspension bridge at seven this morning with the whole gorge white with frost and the river steaming underneath. The toll man said "cold one" and I said "cold one" and that was our whole conversation, and it was perfect.

I have been looking at that bridge for fifteen years and it still stops me every time.`,
  },
  {
    when: '2025-12-16 21:10',
    title: 'Longest nights',
    tags: ['home'],
    people: ['sam'],
    body: `Dark by four. We have given up pretending and eat dinner at six with every lamp on and the fire lit. Sam reads aloud from a book about polar expeditions, which is either the worst or the best thing to read in December.

Biscuit has chosen hibernation.`,
  },
];
