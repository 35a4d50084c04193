/**
 * Robin's posts, written by hand: Twitter from 2019 until leaving in November 2022, Mastodon
 * from then on. `thread` continues a post as self-replies a few minutes apart; `replyTo` answers
 * someone else's post (not in Robin's archive, as in a real export); @handles become mentions and
 * #words hashtags. `when` as in journal.ts.
 */
import type { PlaceKey } from './cast.ts';

export interface SocialPost {
  when: string;
  text: string;
  thread?: string[];
  /** The handle answered: `lena_f` on Twitter, `lena@social.example` on Mastodon. */
  replyTo?: string;
  /** A Mastodon content warning. */
  cw?: string;
  at?: PlaceKey;
  /** A drawn photo attached, by scene name (photos.ts). */
  photo?: string;
}

export const TWEETS: SocialPost[] = [
  {
    when: '2019-01-14',
    text: 'Monday. The kettle in the site office has a sign on it that says "DO NOT DESCALE". Nobody knows why. Nobody dares.',
  },
  {
    when: '2019-01',
    text: 'Resolution update: two walks, two weekends, both in the rain. The Downs in a gale are something else. #walking',
  },
  {
    when: '2019-02',
    text: 'My sourdough starter doubled overnight and I am irrationally proud. His name is Gerald. #baking',
    photo: 'bread',
  },
  {
    when: '2019-02-26',
    text: 'Anyone in Bristol got a good recommendation for waterproof trousers that don’t sound like a crisp packet when you walk?',
    thread: [
      'Update: the consensus is "all waterproof trousers sound like crisp packets, accept it". Thank you, I think.',
    ],
  },
  {
    when: '2019-03',
    text: '@lena_f booked! Lisbon in May. You are in charge of trams, I am in charge of pastries.',
    replyTo: 'lena_f',
  },
  {
    when: '2019-03-19',
    text: 'Things a bridge inspection teaches you, a short thread 🧵',
    thread: [
      '1. Pigeons get everywhere. Everywhere.',
      '2. Paint hides a lot. The worst corrosion I ever found was under the neatest paint job.',
      '3. The drawings are a story someone told in 1974. The bridge is what actually happened.',
      '4. Always bring a second torch.',
    ],
  },
  {
    when: '2019-04',
    text: 'Bristol harbour at 7am, mist on the water and a rowing eight coming out of it like a ghost ship. Worth the early alarm. #bristol',
    photo: 'harbour',
  },
  {
    when: '2019-04-22',
    text: 'Bank holiday allotment envy: every plot I walk past has rhubarb and I have a window box with one sad chive.',
  },
  {
    when: '2019-05-11 12:30',
    text: 'Lisbon! The tram is tiny and yellow and climbs hills that a goat would think twice about. @lena_f is in heaven.',
    at: 'lisbon',
  },
  {
    when: '2019-05-13 21:00',
    text: 'Pastel de nata count after three days: I am not telling you. #lisbon',
    at: 'lisbon',
  },
  {
    when: '2019-06',
    text: 'Just watched a colleague calculate the deflection of a beam on the back of a sandwich wrapper and get it right. Legend. @ama_builds',
  },
  {
    when: '2019-06-21',
    text: 'Longest day. Stayed on the Downs until the light went, which was about four hours after it should have. #walking',
  },
  {
    when: '2019-07',
    text: '@priyawalks yes to Skye in September! I’ll bring the map, you bring the optimism about the weather.',
    replyTo: 'priyawalks',
  },
  {
    when: '2019-08',
    text: 'The swing bridge was stuck open for an hour this afternoon and half of Bristol stood watching it like it was theatre. It sort of was.',
  },
  {
    when: '2019-09-07 18:00',
    text: 'Skye. Rained sideways for six hours. For four minutes the cloud lifted and I saw the Quiraing and I would do the six hours again. #walking',
    at: 'skye',
  },
  {
    when: '2019-10',
    text: 'Baked a loaf with a proper ear for the first time. Photographed it from eleven angles. Ate it in one sitting. #baking',
  },
  {
    when: '2019-11-05',
    text: 'Fireworks over the harbour, seen from the bus stop in the drizzle. Honestly the best way to see them.',
  },
  {
    when: '2019-12',
    text: 'Year in review: 48 weekend walks (missed four, one was a wedding), 60-odd loaves, one bridge that moved 3 mm more than it should. Not bad, 2019.',
  },
  {
    when: '2020-02-16',
    text: 'Went to a ceilidh. Was bad at it. Had the best night in months. That’s all, that’s the tweet.',
  },
  {
    when: '2020-03-17',
    text: 'Office closed. Working from the kitchen table. My new colleague is a spider plant and it is already a better listener than most.',
  },
  {
    when: '2020-03-28',
    text: 'Everyone is making sourdough now and I would like it on record that Gerald and I were here first. #baking',
  },
  {
    when: '2020-04-10',
    text: 'Lockdown walk: found a footpath behind the railway that I had never noticed in six years of living here. There’s a whole orchard back there.',
    thread: [
      'Went back today with @samortega. Apple blossom everywhere and not a single other person. Some good things are hiding in plain sight.',
    ],
  },
  {
    when: '2020-05',
    text: 'Zoom quiz with the family. Mum won. Mum always wins. We suspect Google, she suspects us.',
  },
  {
    when: '2020-06',
    text: '@samortega I will never forgive you for that pun and I will also be using it at work tomorrow',
    replyTo: 'samortega',
  },
  {
    when: '2020-07',
    text: 'First pint in a pub garden since March. It tasted like relief. #bristol',
  },
  {
    when: '2020-08-15 17:00',
    text: 'St Ives. The sea is actually this colour. I thought postcards were lying.',
    at: 'stives',
    photo: 'sea',
  },
  {
    when: '2020-10',
    text: 'Bridge engineers’ group chat is currently a 40-message argument about whether a zip line is a bridge. It is not. It absolutely is not.',
  },
  {
    when: '2020-11-12',
    text: 'WE GOT THE ALLOTMENT. Plot 14B. It is mostly bramble. I love it. #garden',
  },
  {
    when: '2020-12-25',
    text: 'Christmas on video call, turkey for two, crackers with terrible jokes. Still, better than last year’s train strike.',
  },
  {
    when: '2021-01',
    text: 'Cleared the bramble from 14B. The bramble has cleared me from my weekend. Ongoing negotiations. #garden',
  },
  {
    when: '2021-02',
    text: 'The snowdrops are out along the Frome. Winter has that look on its face when it knows it is losing.',
  },
  {
    when: '2021-03-23',
    text: 'One year of working from home. My kitchen table has a groove where my wrist goes. @ama_builds says hers has two.',
  },
  { when: '2021-04', text: 'Potatoes in. Broad beans in. Optimism in. #garden' },
  {
    when: '2021-06-12 19:00',
    text: 'Pen y Fan tomorrow at dawn with @priyawalks and @samortega. Alarm set for 4. Regrets pre-loaded.',
    at: 'brecon',
  },
  {
    when: '2021-07-19',
    text: 'Back in the office today. Someone had left a mug in the sink in March 2020 and it had become its own ecosystem.',
  },
  {
    when: '2021-08',
    text: 'First courgettes from 14B and now I understand why everyone gives courgettes away. There are SO MANY. #garden',
  },
  {
    when: '2021-09',
    text: 'Long thread from @lena_f about Hamburg’s bridges and I want it on record that Hamburg has more than Venice and Amsterdam combined.',
    replyTo: 'lena_f',
  },
  {
    when: '2021-10-02 15:00',
    text: 'Leith. My little brother has a flat with a sea view and a sofa. Who allowed this.',
    at: 'edinburgh',
  },
  {
    when: '2021-11',
    text: 'Garlic in, planted in the rain, as tradition demands (the tradition is one year old). #garden',
  },
  {
    when: '2021-12-21',
    text: 'Shortest day. Sunset at 4:04. Lit a candle for the light coming back.',
  },
  {
    when: '2022-01-08',
    text: 'Sam has moved in. Eleven boxes of books, a plant named Denise, zero kitchen equipment. A perfect merger.',
  },
  {
    when: '2022-02-18',
    text: 'Storm Eunice: the Clifton Suspension Bridge closed for the day and I watched the deck move on the webcam like it was the football.',
  },
  {
    when: '2022-03',
    text: 'Spring clean of the blog: it now loads in under a second and has no tracking. Small pleasures. robin.example/blog',
  },
  {
    when: '2022-04-16 11:00',
    text: 'Berlin with @jonasweber. Tempelhof is an airport that became a park and I may never recover.',
    at: 'berlin',
  },
  {
    when: '2022-05',
    text: 'Sam has discovered that the flat gets exactly one hour of direct sun, on the bathroom floor, at 4pm. Denise the plant now lives on the bathroom floor.',
  },
  {
    when: '2022-06',
    text: 'The heatwave has turned the allotment to dust. Watering at 6am with the other old souls. Mr Okafor from 15 nods at me now.',
  },
  {
    when: '2022-08-10 22:00',
    text: 'Bergen. It has rained four times today and every time the town got more beautiful. #norway',
    at: 'bergen',
  },
  {
    when: '2022-08-12 23:40',
    text: 'Top of Reinebringen at midnight and it is still light. Lofoten is unfair on the rest of the planet. #norway',
    at: 'lofoten',
    photo: 'fjord',
  },
  {
    when: '2022-09',
    text: '@ama_builds you were right about the bearing detail and I owe you a coffee. Two coffees.',
    replyTo: 'ama_builds',
  },
  {
    when: '2022-10',
    text: 'Tried to explain my job to a seven-year-old: "I check bridges don’t fall down." "Have any fallen down?" "No." "So you are very good at it." I will take it.',
  },
  {
    when: '2022-11-19',
    text: 'I’m moving to Mastodon: @robin@social.example. Downloaded my archive here, twelve years of it. Thanks for the conversations, everyone.',
    thread: [
      'Will keep this account so nobody takes the name, but I won’t be reading it. Come and say hello over there.',
    ],
  },
  {
    when: '2019-01',
    text: 'Overheard on the ferry: "the thing about Bristol is it’s basically a hill with a harbour at the bottom". Accurate.',
  },
  {
    when: '2019-02',
    text: 'Snow on the Downs for about ninety minutes. Every dog in the city came out to celebrate.',
  },
  { when: '2019-03', text: 'Inspection report, page 47: "pigeon situation: ongoing". #bridges' },
  {
    when: '2019-04',
    text: 'Hot cross bun season means hot cross bun experiments. This one has cardamom and it is a triumph. #baking',
  },
  {
    when: '2019-07',
    text: 'It is 31 degrees and I am in a steel box girder with a torch. Send ice lollies. #bridges',
  },
  {
    when: '2019-08',
    text: 'Balloon Fiesta morning: a hundred hot-air balloons over Ashton Court and the whole sky went quiet and colourful.',
  },
  {
    when: '2019-10',
    text: 'Clocks go back this weekend. Already mourning my evening walks. #walking',
  },
  {
    when: '2019-11',
    text: 'Library haul: two books on birds, one on bridges, one I picked entirely for the cover.',
  },
  {
    when: '2019-12',
    text: 'Work Christmas do: the quiz had a round on famous bridge collapses. We are a fun group of people.',
  },
  {
    when: '2020-01',
    text: 'Dry January, day 19: I have started drinking an alarming amount of fancy tonic water.',
  },
  {
    when: '2020-02',
    text: 'Storm Dennis has taken the fence panel. The fence panel is now in someone else’s garden. I am at peace with this.',
  },
  {
    when: '2020-04',
    text: 'Made a loaf for the neighbour who works nights at the hospital. Left it on the step with a note. Got a thank-you note back on the same step.',
  },
  {
    when: '2020-05',
    text: 'Discovered I can identify a blackbird, a wren and a robin by song alone now. Lockdown skills. #birds',
  },
  {
    when: '2020-09',
    text: 'Blackberrying along the railway path. Came home purple to the elbows. Crumble imminent.',
  },
  {
    when: '2021-01',
    text: 'Frost on the allotment so thick it looked like icing. The broad beans are fine, apparently they enjoy this. #garden',
  },
  {
    when: '2021-02',
    text: 'Had my first jab today. Cried a bit in the car park. It was a nice car park.',
  },
  {
    when: '2021-05',
    text: 'The swifts are back over the harbour. Summer officially starts when I hear them screaming.',
  },
  {
    when: '2021-07',
    text: 'Allotment theft: someone has taken exactly one strawberry. I respect the restraint. #garden',
  },
  {
    when: '2021-12',
    text: 'Made mince pies with @samortega. Pastry everywhere. Denise the plant has flour on her leaves.',
  },
  {
    when: '2022-02',
    text: 'Asked the apprentice to name her favourite bridge. She said "the one that gets me home". Correct answer.',
  },
  {
    when: '2022-06',
    text: 'Midsummer swim at the lido at 7am. My heart stopped twice and then I felt amazing.',
  },
  {
    when: '2022-07',
    text: 'The heat is making the expansion joints on the Cumberland Basin flyover sing. Nobody else can hear it but me. #bridges',
  },
  {
    when: '2022-10',
    text: 'Pumpkin soup, bread, a fire in a borrowed chiminea on the allotment. October done right.',
  },
  {
    when: '2019-12-02',
    text: 'Advent calendar of bridges at work: someone has stuck a photo of a different bridge on the kitchen door every morning. Day 2 is the Forth Bridge. Strong start. #bridges',
  },
  {
    when: '2020-12-05',
    text: 'Mum has learned to send voice notes. I now receive a three-minute voice note every morning about the weather in her garden.',
  },
  {
    when: '2021-12-09',
    text: 'Office Christmas lunch, the first in two years. Crackers, paper hats, Dev in a reindeer jumper. Nobody mentioned deflection once.',
  },
  {
    when: '2022-11-01',
    text: 'November. The allotment is all mud and kale and the last green tomatoes ripening on the windowsill.',
  },
];

export const TOOTS: SocialPost[] = [
  {
    when: '2022-11-20',
    text: 'Hello Mastodon! I’m Robin, I inspect bridges in Bristol, bake too much bread and walk up hills. #introduction',
  },
  {
    when: '2022-11',
    text: '@lena@social.example found you! It does feel like 2009 in here, in a nice way.',
    replyTo: 'lena@social.example',
  },
  { when: '2022-12', text: 'The first hard frost on the allotment. The kale looks smug. #garden' },
  {
    when: '2022-12-31 23:55',
    text: 'From the Brooklyn Bridge, five minutes to midnight, with @sam@mastodon.example. Happy new year, everyone at home who has already had it.',
    at: 'newyork',
  },
  {
    when: '2023-01',
    text: 'Dry January is going about as well as the last three Dry Januaries.',
    cw: 'alcohol',
  },
  {
    when: '2023-02',
    text: 'We are about to adopt a dog and I have read four books about lurchers. Sam has read none and the dog already prefers Sam. This is how it will be.',
  },
  {
    when: '2023-03-11',
    text: 'Meet Biscuit. She is grey, she is four, she is afraid of the washing machine. #dogs',
    photo: 'dog',
  },
  {
    when: '2023-04',
    text: 'Biscuit’s first walk on the Downs off the lead. Lurchers run like they’re being drawn by a cartoonist. #dogs',
  },
  {
    when: '2023-05',
    text: 'Doing a talk at work about old bridge drawings. Working title: "The drawings are lying to you (lovingly)".',
    thread: [
      'The talk went well! Someone asked a question that was really a comment, so it was a proper talk.',
    ],
  },
  {
    when: '2023-06-03 20:00',
    text: 'Porto. The Dom Luís I bridge has two decks and I walked across both and then back across both. I am on holiday. #bridges',
    at: 'porto',
  },
  {
    when: '2023-06-04 21:30',
    text: 'Port tasting at a lodge in Gaia. The man asked if I could taste the almonds. I could taste port.',
    at: 'porto',
  },
  {
    when: '2023-07',
    text: 'Biscuit vs the sea: the sea won, Biscuit retreated, the sea was not even trying. #dogs',
  },
  {
    when: '2023-08',
    text: 'Writing a wedding speech. Currently at eleven minutes. Target is three. Help.',
    thread: ['Down to seven. Cut the bit about the toaster. No, put it back. The toaster stays.'],
  },
  {
    when: '2023-09-16 22:00',
    text: '@lena@social.example married the love of her life today on a boat on the Elbe and I cried from the first word to the last. #hamburg',
    at: 'hamburg',
  },
  {
    when: '2023-11',
    text: 'Ordered a fiddle for myself for Christmas. It arrives in a case that looks like it holds a small assassin’s rifle.',
  },
  {
    when: '2023-12',
    text: 'End of year: 230 entries in my notes file, about 40 loaves, one dog, no bridges fell down. A good year.',
  },
  {
    when: '2024-01',
    text: 'First fiddle lesson. The teacher said my bow hold was "a start". I’m choosing to hear that as praise. #music',
  },
  {
    when: '2024-02',
    text: 'Booked Japan for April. Sam has made a spreadsheet with tabs. The tabs have tabs.',
  },
  {
    when: '2024-03',
    text: 'A reminder to everyone checking old steelwork this spring: the rust you see is the rust that’s honest. Look for the paint that looks too good. #bridges',
  },
  {
    when: '2024-04-05 19:00',
    text: 'Tokyo. The trains come when they say they will, down to the second, and I had to sit down for a moment. #japan',
    at: 'tokyo',
  },
  {
    when: '2024-04-09 08:00',
    text: 'Kyoto at 7am: the gates at Fushimi Inari with nobody on them but a cat. #japan',
    at: 'kyoto',
    photo: 'gates',
  },
  {
    when: '2024-04-12 20:00',
    text: 'The wooden footbridges in the Kyoto gardens are all mortise and tenon, no nails. I have spent our entire holiday crouching under them. @sam@mastodon.example has been very patient.',
    at: 'kyoto',
  },
  {
    when: '2024-06',
    text: '@ama@toot.example congratulations on the Vancouver job offer!!! (I am not crying in the van, you are)',
    replyTo: 'ama@toot.example',
  },
  {
    when: '2024-07',
    text: 'Allotment update: the beans climbed the fence and kept going. They’re in next door’s plot now. Diplomacy required. #garden',
  },
  {
    when: '2024-08',
    text: 'Sunday sermon: bake the bread hotter than you think. Then hotter. #baking',
  },
  {
    when: '2024-09',
    text: 'Biscuit found a whole baguette on the harbourside and carried it home like a trophy. I have never seen a dog so proud. #dogs',
  },
  {
    when: '2024-10',
    text: 'Six months of fiddle. I can play three tunes badly and one tune slightly less badly. #music',
  },
  {
    when: '2024-11',
    text: 'Bonfire night from the allotment: everyone brought a flask and the fireworks went off all over the city like a slow argument.',
  },
  {
    when: '2025-01',
    text: 'Ama’s leaving do at the office. Seven years of working next to the best engineer I know. Vancouver is lucky.',
    thread: [
      'Someone made a cake in the shape of a cable-stayed bridge. It did not survive the cutting. Structurally it was very instructive.',
    ],
  },
  {
    when: '2025-03',
    text: 'Biscuit has learned that the word "walk" can be spelled out. We are now saying "the W-thing" and she knows that too.',
    cw: 'extremely dog content',
  },
  {
    when: '2025-04',
    text: 'Open day at the allotment. Gave away a hundred seedlings and a leaflet about slugs nobody took. #garden',
  },
  {
    when: '2025-05',
    text: 'The Bristol harbour festival rowing race, and I was in a boat, and we were last, and we were very proud. #bristol',
  },
  {
    when: '2025-07',
    text: 'Heatwave thread: how bridges deal with heat, for the curious 🧵',
    thread: [
      'Steel expands about 1.2 mm per metre per 100°C. On a long bridge that adds up.',
      'That’s what the expansion joints are: the teeth you feel in the road as you drive on and off.',
      'So when you hear a bridge tick in the sun, it is not falling down. It is breathing.',
    ],
  },
  {
    when: '2025-08',
    text: 'Packing for Canada. Sam has packed a rain jacket, a sun hat and nine books. I have packed one book and a hard hat, because I am going to see a bridge.',
  },
  {
    when: '2025-09-20 18:00',
    text: 'Vancouver. @ama@toot.example met us at the airport with a sign that said "BRIDGE TOURISTS". #canada',
    at: 'vancouver',
  },
  {
    when: '2025-09-27 12:00',
    text: 'Montréal: bagels at 6am from a place with a wood oven that has not gone out since 1957. Sam cried a little. #canada',
    at: 'montreal',
  },
  {
    when: '2025-12',
    text: 'This year: 2 continents, 41 walks, about 50 loaves, 1 pumpkin of unusual size.',
  },
  {
    when: '2026-01',
    text: 'New year, new notebook. First entry: "Remember to write things down." A strong start.',
  },
  {
    when: '2026-02',
    text: 'Spent the weekend putting twenty years of posts, photos and mail in one folder of plain files. Strange to meet your old self in a text file.',
  },
  {
    when: '2026-03',
    text: '@ama@toot.example the two halves met!!! 4 mm out!!! I am so proud of you I could burst.',
    replyTo: 'ama@toot.example',
  },
  {
    when: '2026-04',
    text: 'Rhubarb, finally. It took five years. Never give up on rhubarb. #garden',
  },
  {
    when: '2026-05-14 17:00',
    text: 'Back in Lisbon with @lena@social.example and @sam@mastodon.example. The tram has not changed. I have. #lisbon',
    at: 'lisbon',
  },
  {
    when: '2026-06',
    text: 'Sam has taken up the banjo. Our flat is now a folk festival nobody asked for. #music',
  },
  {
    when: '2026-07-03 09:00',
    text: 'Going to Edinburgh. Going to be an aunt. Going to be insufferable about it.',
    cw: 'family news',
    thread: ['She’s here. Ada. Everyone’s well. I am insufferable.'],
  },
  {
    when: '2026-08',
    text: 'The long hot summer at the allotment: tomatoes, eaten standing up, three at a time. #garden',
  },
  {
    when: '2026-09',
    text: 'Bridge inspection season again. Found a bolt painted over four times. Same bridge, same bolt, seven years later. I have mixed feelings. #bridges',
  },
  {
    when: '2026-10-10 20:00',
    text: 'The Quiraing, finally, in sunshine, with @priya@fells.example. Took us seven years. #walking',
    at: 'skye',
    photo: 'mountain',
  },
  {
    when: '2026-11',
    text: 'First fire of the year. Sam is knitting a scarf in every colour at once. Biscuit is toasting. All is well.',
  },
  {
    when: '2023-01',
    text: 'Snowdrops under the hedge at the allotment, right where they were last year. Reliable little things. #garden',
  },
  {
    when: '2023-02',
    text: 'Is there a word for the satisfaction of finding the drawing that explains the weird bolt? There should be. #bridges',
  },
  {
    when: '2023-04',
    text: 'Biscuit has discovered the sofa. The sofa is no longer ours.',
    cw: 'dog content',
  },
  {
    when: '2023-05',
    text: 'A fox walked through the allotment at dusk, looked at me, decided I was not interesting, and left. Fair.',
  },
  {
    when: '2023-07',
    text: 'Baking in a heatwave: the dough rises before you have finished shaping it. It is a race and the dough is winning. #baking',
  },
  {
    when: '2023-08',
    text: 'Balloon Fiesta again. Biscuit barked at every single balloon. There were ninety.',
  },
  {
    when: '2023-10',
    text: 'Sunday walk up Leigh Woods in the rain. The trees are just starting to turn and the whole gorge smelled of wet leaves. #walking',
  },
  {
    when: '2023-11',
    text: 'Found my 2019 self’s notes about waterproof trousers. I now own those trousers. They do sound like a crisp packet.',
  },
  {
    when: '2024-01',
    text: 'Went to a ceilidh. Four years since the last one. Sam and I still go the wrong way every time. #music',
  },
  {
    when: '2024-02',
    text: 'First frogspawn in the allotment pond. The frogs have no idea what a leap year is. #garden',
  },
  {
    when: '2024-05',
    text: 'Homemade onigiri for lunch, trying to recreate Japan in a Bristol office. Results: shaped like a rock, tastes like home.',
  },
  {
    when: '2024-06',
    text: 'Midsummer: watched the sun go down from the Clifton Observatory with a flask of tea. Still light at ten. #bristol',
  },
  {
    when: '2024-08',
    text: 'Heat plus allotment plus a hosepipe ban equals me carrying watering cans at 6am with a head torch. #garden',
  },
  {
    when: '2024-10',
    text: 'Trying a rye and caraway loaf. Sam says it tastes like "a Baltic holiday". I will take it. #baking',
  },
  { when: '2024-12', text: 'Christmas tree shopping with a lurcher is a contact sport.' },
  {
    when: '2025-01',
    text: 'The first seed catalogue of the year arrived and I read it in the bath like a novel. #garden',
  },
  {
    when: '2025-02',
    text: 'A new graduate at work asked me to explain cable stays and I drew it on a napkin and she took a photo of the napkin.',
  },
  {
    when: '2025-04',
    text: 'Biscuit met a cow for the first time. Both parties were deeply suspicious. No conclusion was reached. #dogs',
  },
  {
    when: '2025-05',
    text: 'Fiddle recital at the community hall. I played two tunes and only lost my place once. Sam whooped like it was a stadium. #music',
  },
  {
    when: '2025-07',
    text: 'Evening swim in the harbour with the open-water club. The water was green and warm and a swan watched us with open contempt.',
  },
  {
    when: '2025-11',
    text: 'The first frost has taken the last dahlias. I cut them all yesterday and the flat looks like a florist’s. #garden',
  },
  {
    when: '2026-01',
    text: 'January walk along the Severn estuary: the mud goes on for miles and the light on it is pure silver. #walking',
  },
  {
    when: '2026-03',
    text: 'Knitting a tiny hat for a niece who isn’t born yet. It is lumpy. It is made with love. It is lumpy.',
  },
  {
    when: '2026-04',
    text: 'Spring inspection of the footbridge I rated in 2021. Still fine. Told it so. #bridges',
  },
  {
    when: '2026-06',
    text: 'Sourdough starter Gerald turns seven this year. He has outlived two fridges and a flat.',
  },
  {
    when: '2026-08',
    text: 'Bristol Harbour Festival: Biscuit ate a dropped chip out of a seagull’s beak. She is a hero to some and a villain to others.',
  },
  {
    when: '2026-09',
    text: 'Autumn equinox, equal day and night, and I spent the whole of both at the allotment. Well, most of one. #garden',
  },
  {
    when: '2026-11',
    text: 'Made the Christmas cake early. Feeding it brandy every Sunday until December, like Mum does.',
  },
  {
    when: '2023-12-01',
    text: 'Lit the first Advent candle a few days early because it was dark at four and we needed it.',
  },
  {
    when: '2023-12-14',
    text: 'Biscuit in a Christmas jumper: a short film in which a lurcher stands very still and radiates betrayal. #dogs',
  },
  {
    when: '2024-12-04',
    text: 'Bridge inspection in sleet. The steel was fine. My fingers were not. Hot chocolate from the van after. #bridges',
  },
  {
    when: '2024-12-20',
    text: 'Finished the year’s last report at 4:55 on a Friday. Out of office on. Gerald fed. Holidays begin. #baking',
  },
  {
    when: '2025-12-06',
    text: 'Winter fair at the allotment: mulled apple juice, a raffle, and I won a pair of secateurs I already own. #garden',
  },
  {
    when: '2025-12-23',
    text: 'Sam has wrapped every present in old maps. Mine is wrapped in the Isle of Skye. I know what it is. It is a book.',
  },
];
