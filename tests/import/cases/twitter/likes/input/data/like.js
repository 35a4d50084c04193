window.YTD.like.part0 = [
  {
    "like": {
      "tweetId": "1590000000000000001",
      "fullText": "Rye &amp; caraway, the only bread",
      "expandedUrl": "https://twitter.com/i/web/status/1590000000000000001"
    }
  },
  {
    "like": {
      "fullText": "no id"
    }
  }
]
