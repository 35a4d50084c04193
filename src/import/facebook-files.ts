/**
 * The files of a Facebook "Download Your Information" export and what inhale makes of each:
 * the ones it reads (FACEBOOK_FILES), the ones it leaves out on purpose and why (LEFT_OUT), so
 * that the coverage report (coverage.ts) names every file. Folder names follow the 2020–2022
 * layout (`posts/`, `comments/`, `events/`, …) and the 2023+ one, where the same folders sit
 * under `your_facebook_activity/`, `your_activity_across_facebook/`, `personal_information/`,
 * `logged_information/`, `security_and_login_information/`, `ads_information/`, ….
 */
import { leftOutBy, type LeftOutRule } from './meta-left-out.ts';

export const FACEBOOK_FILES = {
  posts: /(^|\/)posts\/your_posts(?:__check_ins__photos_and_videos)?_(\d+)\.json$/,
  albums: /(^|\/)(?:photos_and_videos|posts)\/album\/[^/]+\.json$/,
  /** comments.json in every folder it has lived in, and comments_and_reactions.json (2022). */
  comments:
    /(^|\/)(?:comments|comments_and_reactions)\/(?:comments|comments_and_reactions)(?:_\d+)?\.json$/,
  groupPosts:
    /(^|\/)groups\/(?:your_posts_in_groups|group_posts_and_comments|your_group_posts)(?:_\d+)?\.json$/,
  groupComments: /(^|\/)groups\/your_comments_in_groups(?:_\d+)?\.json$/,
  reactions:
    /(^|\/)(?:likes_and_reactions|comments_and_reactions)\/(?:posts_and_comments|likes_and_reactions(?:_(\d+))?)\.json$/,
  events: /(^|\/)events\/(?:your_event_responses|your_events)\.json$/,
  notes: /(^|\/)notes\/notes\.json$/,
  /** Photos and videos outside posts and albums: `{other_photos_v2}`, `{videos_v2}`. */
  loose: /(^|\/)(?:posts|photos_and_videos)\/(?:your_uncategorized_photos|your_videos)\.json$/,
  polls: /(^|\/)polls\/polls_you_voted_on\.json$/,
  messages:
    /(^|\/)messages\/(?:inbox|archived_threads|filtered_threads|message_requests|e2ee_cutover)\/[^/]+\/message_(\d+)\.json$/,
  profile: /(^|\/)profile_information\/profile_information\.json$/,
};

/** Recognised and left out on purpose: what each is, and the `--include` part that reads it. */
export const LEFT_OUT: LeftOutRule[] = [
  [/(^|\/)messages\//, 'Messenger', 'messages'],
  [FACEBOOK_FILES.reactions, 'your likes and reactions', 'reactions'],
  [
    /(^|\/)(?:likes_and_reactions|comments_and_reactions)\//,
    'your likes and reactions',
    'reactions',
  ],
  [/(^|\/)events\/event_invitations\.json$/, 'events you were invited to but did not answer'],
  [/(^|\/)events\//, 'events you declined or did not answer'],
  [
    /(^|\/)(?:ads_information|ads_and_businesses|off-facebook_activity|apps_and_websites_off_of_facebook|your_off-facebook_activity)\//,
    'ads and activity off Facebook',
  ],
  [
    /(^|\/)(?:security_and_login_information|logged_information|login_and_profile_creation|account_activity)\//,
    'logins, devices and account activity',
  ],
  [
    /(^|\/)(?:preferences|personal_information|profile_information|facebook_accounts_center|accounts_center|your_topics|other_personal_information)\//,
    'account settings and what Facebook inferred about you',
  ],
  [/(^|\/)(?:friends_and_followers|friends|connections)\//, 'friends and followers lists'],
  [
    /(^|\/)(?:search|search_history|your_interactions_on_facebook|recently_viewed|notifications|activity_messages)\//,
    'searches, views and notifications',
  ],
  [
    /(^|\/)(?:pages|saved_items_and_collections|marketplace|facebook_marketplace|facebook_payments|facebook_gaming|fundraisers|other_activity|your_places|location|stories|short_videos|reels|facebook_news|voice_recording_and_transcription|navigation_bar_and_shortcut_history|your_problem_reports|volunteering|crisis_response|journalist_registration|facebook_assistant|live_audio_rooms|shops|groups|music_recommendations|avatars|bug_bounty|dating|privacy_checkup|apps_and_websites)\//,
    'activity inhale does not import yet',
  ],
  [/\.html?$/i, 'a page of the HTML version: the JSON files hold the same'],
  [/(^|\/)(?:files\/)?(?:\.DS_Store|Thumbs\.db)$/, 'a file of the operating system'],
];

/** A photo, video or sound file: left out, when no entry shows it, as media of nothing imported. */
export const MEDIA_FILE =
  /\.(?:jpe?g|png|gif|webp|heic|heif|avif|bmp|mp4|mov|m4v|webm|avi|mp3|m4a|aac|wav|ogg|opus)$/i;

/** What inhale makes of a file it does not read: the reason and `--include` part, or nothing. */
export const leftOut = leftOutBy(LEFT_OUT, MEDIA_FILE, 'a file no message or reaction shows');
