window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1600000000000000001"
          ],
          "editableUntil": "2023-01-05T09:30:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "bread",
            "indices": [
              "44",
              "50"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/AbCdEf1234",
            "expanded_url": "https://example.org/recipes/flatbread",
            "display_url": "example.org/recipes/flat…",
            "indices": [
              "51",
              "74"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "3",
      "id_str": "1600000000000000001",
      "truncated": false,
      "retweet_count": "0",
      "id": "1600000000000000001",
      "possibly_sensitive": false,
      "created_at": "Thu Jan 05 08:30:00 +0000 2023",
      "favorited": false,
      "full_text": "Flatbread &amp; soup tonight, *hot* pan &lt;3 #bread https://t.co/AbCdEf1234",
      "lang": "en"
    }
  }
]
