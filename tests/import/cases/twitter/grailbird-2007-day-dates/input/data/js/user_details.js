var user_details =  {
  "expanded_url" : "http://example.org",
  "screen_name" : "robin_ashby",
  "location" : "Leeds",
  "url" : "http://t.co/xyz",
  "full_name" : "Robin Ashby",
  "bio" : "Bread.",
  "id" : "7",
  "created_at" : "2007-02-01 09:00:00 +0000"
}
