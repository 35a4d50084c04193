/**
 * The files of an Instagram "Download Your Information" export and what inhale makes of each:
 * the ones it reads (INSTAGRAM_FILES) and the ones it leaves out on purpose and why (LEFT_OUT),
 * so that the coverage report (coverage.ts) names every file. Since 2023 most folders sit under
 * `your_instagram_activity/`; before, at the root (`content/`, `comments/`, `likes/`, …).
 */
import { leftOutBy, type LeftOutRule } from './meta-left-out.ts';

const FOLDER = '(?:^|/)(?:your_instagram_activity/)?(?:content|media)/';
const ACTIVITY = '(?:^|/)(?:your_instagram_activity/)?';
export const INSTAGRAM_FILES = {
  posts: new RegExp(`${FOLDER}posts_(\\d+)\\.json$`),
  stories: new RegExp(`${FOLDER}stories\\.json$`),
  reels: new RegExp(`${FOLDER}reels\\.json$`),
  comments:
    /(?:^|\/)(?:your_instagram_activity\/)?comments\/(?:post_comments(?:_\d+)?|reels_comments)\.json$/,
  legacyMedia: /(?:^|\/)media\.json$/,
  legacyComments: /(?:^|\/)comments\.json$/,
  html: new RegExp(`${FOLDER}posts_\\d+\\.html$`),
  messages: new RegExp(
    `${ACTIVITY}messages/(?:inbox|message_requests|archived_threads)/[^/]+/message_(\\d+)\\.json$`,
  ),
  likedPosts: new RegExp(`${ACTIVITY}likes/liked_posts(?:_\\d+)?\\.json$`),
  savedPosts: new RegExp(`${ACTIVITY}saved/saved_posts(?:_\\d+)?\\.json$`),
  profile: /(?:^|\/)personal_information\/(?:personal_information\/)?personal_information\.json$/,
};

/** Recognised and left out on purpose: what each is, and the `--include` part that reads it. */
const LEFT_OUT: LeftOutRule[] = [
  [/(?:^|\/)(?:your_instagram_activity\/)?messages\//, 'direct messages', 'messages'],
  [INSTAGRAM_FILES.likedPosts, 'posts you liked', 'likes'],
  [/(?:^|\/)(?:your_instagram_activity\/)?likes\//, 'likes of comments and stories'],
  [INSTAGRAM_FILES.savedPosts, 'posts you saved', 'saved'],
  [/(?:^|\/)(?:your_instagram_activity\/)?saved\//, 'your collections of saved posts'],
  [
    /(?:^|\/)(?:ads_information|ads_and_topics|ads_and_businesses|ads_and_content|apps_and_websites_off_of_instagram)\//,
    'ads and activity off Instagram',
  ],
  [
    /(?:^|\/)(?:security_and_login_information|login_and_account_creation|logged_information|account_information|device_information|information_about_you|personal_information|preferences|your_topics)\//,
    'account settings, logins and what Instagram inferred about you',
  ],
  [/(?:^|\/)(?:connections|followers_and_following)\//, 'followers and following lists'],
  [/(?:^|\/)(?:recent_searches|searches)\//, 'searches'],
  // The 2018–2019 layout: one file per area at the root.
  [
    /(?:^|\/)messages\.json$/,
    'direct messages in the 2018–2019 layout, which inhale does not read yet',
  ],
  [
    /(?:^|\/)(?:profile|account_history|connections|contacts|devices|information_about_you|searches|seen_content|settings|stories_activities|uploaded_contacts|checkout|likes|saved)\.json$/,
    'account, connections and activity of the 2018–2019 layout',
  ],
  [/\.html?$/i, 'a page of the HTML version: the JSON files hold the same'],
  [/(?:^|\/)your_instagram_activity\//, 'activity inhale does not import yet'],
  [/(?:^|\/)(?:\.DS_Store|Thumbs\.db)$/, 'a file of the operating system'],
];

const MEDIA_FILE =
  /\.(?:jpe?g|png|gif|webp|heic|heif|avif|bmp|mp4|mov|m4v|webm|avi|mp3|m4a|aac|wav|ogg|opus|srt)$/i;

/** What inhale makes of a file it does not read: the reason and `--include` part, or nothing. */
export const leftOut = leftOutBy(LEFT_OUT, MEDIA_FILE, 'a file no imported entry shows');
