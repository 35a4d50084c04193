var tweet_index =  [ {
  "file_name" : "data/js/tweets/2007_03.js",
  "year" : 2007,
  "var_name" : "tweets_2007_03",
  "tweet_count" : 3,
  "month" : 3
}, {
  "file_name" : "data/js/tweets/2008_01.js",
  "year" : 2008,
  "var_name" : "tweets_2008_01",
  "tweet_count" : 5,
  "month" : 1
} ]
