/**
 * What each file of a Twitter/X archive is, for the coverage report (coverage.ts): the files the
 * importer reads are accounted for in twitter.ts; every other file X writes is named here with
 * why it is not imported (X's own README.txt in the archive describes each). A file of the
 * archive not listed here is reported as not understood.
 */
import { leftOutBelow, type LeftOut } from './coverage.ts';
import type { FileAccount } from './types.ts';

const ACCOUNT = 'account data: settings, verification, email, phone and name history';
const LOGINS = 'logins, IP addresses, devices and connected apps';
const ADS = 'ads X showed you and what it inferred about you';
const CONNECTIONS = 'accounts you follow, that follow you, or that you blocked or muted';
const DELETED = 'tweets you deleted (X keeps them about 14 days)';
const HEADERS = 'ids and dates only: the items themselves are in their own files';

/** X's data files by name (without `-partN.js`), each with why it is left out. */
const LEFT_OUT: Readonly<Record<string, string>> = {
  manifest: "the archive's table of contents",
  account: `${ACCOUNT} (your username is read from it)`,
  'account-label': ACCOUNT,
  'account-suspension': ACCOUNT,
  'account-timezone': ACCOUNT,
  ageinfo: ACCOUNT,
  'email-address-change': ACCOUNT,
  'phone-number': ACCOUNT,
  'screen-name-change': ACCOUNT,
  verified: ACCOUNT,
  'verified-organization': ACCOUNT,
  'protected-history': ACCOUNT,
  'professional-data': ACCOUNT,
  'expanded-profile': ACCOUNT,
  'key-registry': 'encryption keys of direct messages',
  sso: LOGINS,
  'account-creation-ip': LOGINS,
  'ip-audit': LOGINS,
  'device-token': LOGINS,
  'ni-devices': LOGINS,
  'connected-application': LOGINS,
  app: LOGINS,
  contact: 'your address book, as uploaded to X',
  'ad-engagements': ADS,
  'ad-impressions': ADS,
  'ad-mobile-conversions-attributed': ADS,
  'ad-mobile-conversions-unattributed': ADS,
  'ad-online-conversions-attributed': ADS,
  'ad-online-conversions-unattributed': ADS,
  'ads-revenue-sharing': 'ad revenue sharing payments',
  personalization: ADS,
  profile: 'your profile: bio, website, avatar and banner',
  follower: CONNECTIONS,
  following: CONNECTIONS,
  block: CONNECTIONS,
  mute: CONNECTIONS,
  smartblock: CONNECTIONS,
  'lists-created': 'lists you made, belong to or follow',
  'lists-member': 'lists you made, belong to or follow',
  'lists-subscribed': 'lists you made, belong to or follow',
  'saved-search': 'saved searches',
  tweetdeck: 'TweetDeck columns',
  'reply-prompt': 'settings of reply prompts',
  'branch-links': 'links opened from X in apps',
  'deleted-tweets': DELETED,
  'deleted-note-tweet': DELETED,
  'deleted-tweet-headers': DELETED,
  'tweet-headers': HEADERS,
  'direct-message-headers': HEADERS,
  'direct-message-group-headers': HEADERS,
  'direct-message-mute': 'conversations you muted',
  'message-event': 'read receipts and other events of direct messages, not the messages',
  'audio-video-calls-in-dm': 'times of audio and video calls in direct messages',
  'audio-video-calls-in-dm-recipient-sessions': 'times of audio and video calls in direct messages',
  'community-note': 'Community Notes you wrote or rated',
  'community-note-rating': 'Community Notes you wrote or rated',
  'community-note-tombstone': 'Community Notes you wrote or rated',
  'community-note-batsignal': 'Community Notes you wrote or rated',
  'community-note-api-test-note': 'Community Notes you wrote or rated',
  article: 'articles (no importer for them yet)',
  'article-metadata': 'articles (no importer for them yet)',
  moment: 'Moments (no importer for them yet)',
  'grok-chat-item': 'conversations with Grok',
  'spaces-metadata': 'Spaces you hosted or joined',
  'periscope-account-information': 'Periscope',
  'periscope-ban-information': 'Periscope',
  'periscope-broadcast-metadata': 'Periscope',
  'periscope-comments-made-by-user': 'Periscope',
  'periscope-expired-broadcasts': 'Periscope',
  'periscope-followers': 'Periscope',
  'periscope-profile-description': 'Periscope',
  'shopify-account': 'shopping on X',
  'twitter-shop': 'shopping on X',
  'shop-module': 'shopping on X',
  'commerce-catalog': 'shopping on X',
  'catalog-item': 'shopping on X',
  'product-drop': 'shopping on X',
  'product-set': 'shopping on X',
};

/** X's media folders that no entry of the import shows, by name. */
const MEDIA_LEFT_OUT: Readonly<Record<string, string>> = {
  profile_media: 'your profile: bio, website, avatar and banner',
  deleted_tweets_media: DELETED,
  moments_media: 'Moments (no importer for them yet)',
  direct_messages_media: 'pictures of direct messages (not imported yet)',
  direct_messages_group_media: 'pictures of direct messages (not imported yet)',
};

/** Grailbird's files besides its tweets, relative to the archive's root. */
const GRAILBIRD_LEFT_OUT: readonly [RegExp, string][] = [
  [/^data\/js\/(user_details|payload_details)\.js$/, "the archive's account details"],
  [/^tweets\.csv$/, 'the same tweets as data/js/tweets/, as a table'],
  [/^(index\.html|css\/|img\/|lib\/|js\/)/, "the archive's own web page for reading it"],
];

/**
 * What the import makes of a file it does not read: not imported (with why, and the
 * `--include` part that imports it), or undefined when inhale does not know it. `root` is the
 * folder holding `data/`.
 */
export const leftOutFile = (file: string, root: string): FileAccount | undefined =>
  leftOutBelow(file, root, leftOutInside);

function leftOutInside(inside: string): LeftOut | undefined {
  if (/^data\/like(-part\d+)?\.js$/.test(inside))
    return { reason: 'posts you liked', include: 'likes' };
  if (/^data\/direct-messages(-group)?(-part\d+)?\.js$/.test(inside))
    return { reason: 'direct messages', include: 'dms' };
  const data = /^data\/([\w-]+?)(?:-part\d+)?\.js$/.exec(inside);
  if (data && LEFT_OUT[data[1]!]) return { reason: LEFT_OUT[data[1]!]! };
  const media = /^data\/(\w+)\//.exec(inside);
  if (media && MEDIA_LEFT_OUT[media[1]!]) return { reason: MEDIA_LEFT_OUT[media[1]!]! };
  if (/^data\/(tweets?_media|community_tweet_media)\//.test(inside))
    return { reason: 'a picture or video of no tweet in this import' };
  if (inside === 'data/README.txt') return { reason: "X's description of the archive's files" };
  if (/^Your archive\.html$|^assets\//.test(inside))
    return { reason: "the archive's own web page for reading it" };
  for (const [pattern, reason] of GRAILBIRD_LEFT_OUT) if (pattern.test(inside)) return { reason };
  return undefined;
}
