Grailbird.data.tweets_2007_03 = 
 [ {
  "source" : "web",
  "entities" : { "user_mentions" : [ ], "media" : [ ], "hashtags" : [ ], "urls" : [ ] },
  "geo" : { },
  "id_str" : "810",
  "text" : "First day on this thing. Notes at https://example.org/first_day_notes",
  "id" : 810,
  "created_at" : "2007-03-01 00:00:00 +0000",
  "user" : { "name" : "Robin Ashby", "screen_name" : "robin_ashby", "protected" : false, "id_str" : "7", "id" : 7, "verified" : false }
}, {
  "source" : "web",
  "entities" : { "user_mentions" : [ ], "media" : [ ], "hashtags" : [ ], "urls" : [ ] },
  "geo" : { },
  "id_str" : "4200",
  "text" : "Late bus, again",
  "id" : 4200,
  "created_at" : "2007-03-14 18:05:00 +0000",
  "user" : { "name" : "Robin Ashby", "screen_name" : "robin_ashby", "protected" : false, "id_str" : "7", "id" : 7, "verified" : false }
}, {
  "source" : "web",
  "entities" : { "user_mentions" : [ { "name" : "Sam Example", "screen_name" : "sam_example", "indices" : [ 3, 15 ], "id_str" : "42", "id" : 42 } ], "media" : [ ], "hashtags" : [ ], "urls" : [ ] },
  "geo" : { },
  "id_str" : "5100",
  "retweeted_status" : {
    "source" : "web",
    "entities" : { "user_mentions" : [ ], "media" : [ ], "hashtags" : [ ], "urls" : [ { "indices" : [ 110, 130 ], "url" : "http://t.co/def456", "expanded_url" : "https://example.org/long_read/ovens", "display_url" : "example.org/long_read/ovens" } ] },
    "geo" : { },
    "id_str" : "5000",
    "text" : "A long thought about bread ovens, which goes on well past what a retweet of it can hold in its own text: here http://t.co/def456",
    "id" : 5000,
    "created_at" : "2007-03-20 08:00:00 +0000",
    "user" : { "name" : "Sam Example", "screen_name" : "sam_example", "protected" : false, "id_str" : "42", "id" : 42, "verified" : false }
  },
  "text" : "RT @sam_example: A long thought about bread ovens, which goes on well past what a retweet of it can hold in its own…",
  "id" : 5100,
  "created_at" : "2007-03-20 09:00:00 +0000",
  "user" : { "name" : "Robin Ashby", "screen_name" : "robin_ashby", "protected" : false, "id_str" : "7", "id" : 7, "verified" : false }
} ]
