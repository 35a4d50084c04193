var payload_details =  {
  "tweets" : 8,
  "created_at" : "2013-01-05 10:00:00 +0000",
  "lang" : "en"
}
