window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000000000001"
          ],
          "editableUntil": "2019-01-07T16:01:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "reading",
            "indices": [
              "78",
              "86"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "0",
      "id_str": "1100000000000000001",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000000000001",
      "created_at": "Mon Jan 07 15:01:00 +0000 2019",
      "favorited": false,
      "full_text": "Library haul: two books on birds, one on bridges, one I picked for the cover. #reading",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000000008000"
          ],
          "editableUntil": "2019-01-14T11:41:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "garden",
            "indices": [
              "50",
              "57"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "57"
      ],
      "favorite_count": "1",
      "id_str": "1100000000000008000",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000000008000",
      "created_at": "Mon Jan 14 10:41:00 +0000 2019",
      "favorited": false,
      "full_text": "Planted garlic in the rain, as tradition demands. #garden",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000000055400"
          ],
          "editableUntil": "2019-03-22T11:38:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "work",
            "indices": [
              "63",
              "68"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "2",
      "id_str": "1100000000000055400",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000000055400",
      "created_at": "Fri Mar 22 10:38:00 +0000 2019",
      "favorited": false,
      "full_text": "Spent the afternoon deleting code. The best kind of afternoon. #work",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000000102900"
          ],
          "editableUntil": "2019-05-29T20:31:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "music",
            "indices": [
              "66",
              "72"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "72"
      ],
      "favorite_count": "3",
      "id_str": "1100000000000102900",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000000102900",
      "created_at": "Wed May 29 19:31:00 +0000 2019",
      "favorited": false,
      "full_text": "Played the old piano at the community hall; two keys still stick. #music",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000000174200"
          ],
          "editableUntil": "2019-09-14T20:04:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "work",
            "indices": [
              "63",
              "68"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "4",
      "id_str": "1100000000000174200",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000000174200",
      "created_at": "Sat Sep 14 19:04:00 +0000 2019",
      "favorited": false,
      "full_text": "Spent the afternoon deleting code. The best kind of afternoon. #work",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000000198000"
          ],
          "editableUntil": "2019-10-21T11:27:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "garden",
            "indices": [
              "50",
              "57"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "57"
      ],
      "favorite_count": "5",
      "id_str": "1100000000000198000",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000000198000",
      "created_at": "Mon Oct 21 10:27:00 +0000 2019",
      "favorited": false,
      "full_text": "Planted garlic in the rain, as tradition demands. #garden",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000000221700"
          ],
          "editableUntil": "2019-11-21T19:09:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "walking",
            "indices": [
              "66",
              "74"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "6",
      "id_str": "1100000000000221700",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000000221700",
      "created_at": "Thu Nov 21 18:09:00 +0000 2019",
      "favorited": false,
      "full_text": "Twelve miles along the ridge today. Legs complain, head is quiet. #walking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000000229600"
          ],
          "editableUntil": "2019-11-28T17:56:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "travel",
            "indices": [
              "57",
              "64"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "0",
      "id_str": "1100000000000229600",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000000229600",
      "created_at": "Thu Nov 28 16:56:00 +0000 2019",
      "favorited": false,
      "full_text": "Trains across half of Europe, window seat the whole way. #travel",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000000261400"
          ],
          "editableUntil": "2020-01-16T10:21:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "walking",
            "indices": [
              "93",
              "101"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "101"
      ],
      "favorite_count": "1",
      "id_str": "1100000000000261400",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000000261400",
      "created_at": "Thu Jan 16 09:21:00 +0000 2020",
      "favorited": false,
      "full_text": "Found a footpath behind the allotments that I had never noticed in six years of living here. #walking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000000293000"
          ],
          "editableUntil": "2020-02-27T19:51:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "walking",
            "indices": [
              "93",
              "101"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "101"
      ],
      "favorite_count": "2",
      "id_str": "1100000000000293000",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000000293000",
      "created_at": "Thu Feb 27 18:51:00 +0000 2020",
      "favorited": false,
      "full_text": "Found a footpath behind the allotments that I had never noticed in six years of living here. #walking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000000324700"
          ],
          "editableUntil": "2020-04-14T10:31:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "music",
            "indices": [
              "50",
              "56"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "56"
      ],
      "favorite_count": "3",
      "id_str": "1100000000000324700",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000000324700",
      "created_at": "Tue Apr 14 09:31:00 +0000 2020",
      "favorited": false,
      "full_text": "Learning a new tune on the fiddle, one bar a day. #music",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000000332500"
          ],
          "editableUntil": "2020-04-29T17:57:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "music",
            "indices": [
              "50",
              "56"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "56"
      ],
      "favorite_count": "4",
      "id_str": "1100000000000332500",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000000332500",
      "created_at": "Wed Apr 29 16:57:00 +0000 2020",
      "favorited": false,
      "full_text": "Learning a new tune on the fiddle, one bar a day. #music",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000000348400"
          ],
          "editableUntil": "2020-05-25T13:51:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "cooking",
            "indices": [
              "85",
              "93"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "93"
      ],
      "favorite_count": "5",
      "id_str": "1100000000000348400",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000000348400",
      "created_at": "Mon May 25 12:51:00 +0000 2020",
      "favorited": false,
      "full_text": "Tried the flatbread recipe again, this time with a hotter pan. Much better blisters. #cooking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000000388000"
          ],
          "editableUntil": "2020-07-13T17:20:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "garden",
            "indices": [
              "44",
              "51"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "51"
      ],
      "favorite_count": "6",
      "id_str": "1100000000000388000",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000000388000",
      "created_at": "Mon Jul 13 16:20:00 +0000 2020",
      "favorited": false,
      "full_text": "The beans climbed the fence and kept going. #garden",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000000395900"
          ],
          "editableUntil": "2020-07-31T10:08:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "walking",
            "indices": [
              "99",
              "107"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "107"
      ],
      "favorite_count": "0",
      "id_str": "1100000000000395900",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000000395900",
      "created_at": "Fri Jul 31 09:08:00 +0000 2020",
      "favorited": false,
      "full_text": "Walked the long way round the harbour this morning; the tide was out and the boats sat on the mud. #walking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000000403800"
          ],
          "editableUntil": "2020-08-07T10:06:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "garden",
            "indices": [
              "44",
              "51"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "51"
      ],
      "favorite_count": "1",
      "id_str": "1100000000000403800",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000000403800",
      "created_at": "Fri Aug 07 09:06:00 +0000 2020",
      "favorited": false,
      "full_text": "The beans climbed the fence and kept going. #garden",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000000411800"
          ],
          "editableUntil": "2020-08-19T13:02:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "reading",
            "indices": [
              "78",
              "86"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "2",
      "id_str": "1100000000000411800",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000000411800",
      "created_at": "Wed Aug 19 12:02:00 +0000 2020",
      "favorited": false,
      "full_text": "Library haul: two books on birds, one on bridges, one I picked for the cover. #reading",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000000419700"
          ],
          "editableUntil": "2020-08-28T20:19:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "walking",
            "indices": [
              "99",
              "107"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "107"
      ],
      "favorite_count": "3",
      "id_str": "1100000000000419700",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000000419700",
      "created_at": "Fri Aug 28 19:19:00 +0000 2020",
      "favorited": false,
      "full_text": "Walked the long way round the harbour this morning; the tide was out and the boats sat on the mud. #walking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000000443500"
          ],
          "editableUntil": "2020-10-09T18:50:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "music",
            "indices": [
              "75",
              "81"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "81"
      ],
      "favorite_count": "4",
      "id_str": "1100000000000443500",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000000443500",
      "created_at": "Fri Oct 09 17:50:00 +0000 2020",
      "favorited": false,
      "full_text": "A small gig in a basement bar: three songs nobody knew, all of them great. #music",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000000475100"
          ],
          "editableUntil": "2020-11-15T18:34:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "walking",
            "indices": [
              "93",
              "101"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "101"
      ],
      "favorite_count": "5",
      "id_str": "1100000000000475100",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000000475100",
      "created_at": "Sun Nov 15 17:34:00 +0000 2020",
      "favorited": false,
      "full_text": "Found a footpath behind the allotments that I had never noticed in six years of living here. #walking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000000483100"
          ],
          "editableUntil": "2020-12-03T12:52:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "cooking",
            "indices": [
              "61",
              "69"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "6",
      "id_str": "1100000000000483100",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000000483100",
      "created_at": "Thu Dec 03 11:52:00 +0000 2020",
      "favorited": false,
      "full_text": "The sourdough starter survived the holiday. Named it Gerald. #cooking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000000530600"
          ],
          "editableUntil": "2021-02-12T09:24:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "reading",
            "indices": [
              "78",
              "86"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "0",
      "id_str": "1100000000000530600",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000000530600",
      "created_at": "Fri Feb 12 08:24:00 +0000 2021",
      "favorited": false,
      "full_text": "Library haul: two books on birds, one on bridges, one I picked for the cover. #reading",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000000562300"
          ],
          "editableUntil": "2021-03-24T18:11:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "work",
            "indices": [
              "67",
              "72"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "72"
      ],
      "favorite_count": "1",
      "id_str": "1100000000000562300",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000000562300",
      "created_at": "Wed Mar 24 17:11:00 +0000 2021",
      "favorited": false,
      "full_text": "Shipped the release we had been chasing since March. Cake was had. #work",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000000601900"
          ],
          "editableUntil": "2021-05-26T18:21:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "work",
            "indices": [
              "69",
              "74"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "2",
      "id_str": "1100000000000601900",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000000601900",
      "created_at": "Wed May 26 17:21:00 +0000 2021",
      "favorited": false,
      "full_text": "Long day of meetings; the best idea came in the corridor afterwards. #work",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000000625700"
          ],
          "editableUntil": "2021-06-22T08:49:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "garden",
            "indices": [
              "50",
              "57"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "57"
      ],
      "favorite_count": "3",
      "id_str": "1100000000000625700",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000000625700",
      "created_at": "Tue Jun 22 07:49:00 +0000 2021",
      "favorited": false,
      "full_text": "Planted garlic in the rain, as tradition demands. #garden",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000000633500"
          ],
          "editableUntil": "2021-07-08T11:53:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "reading",
            "indices": [
              "78",
              "86"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "4",
      "id_str": "1100000000000633500",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000000633500",
      "created_at": "Thu Jul 08 10:53:00 +0000 2021",
      "favorited": false,
      "full_text": "Library haul: two books on birds, one on bridges, one I picked for the cover. #reading",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000000681100"
          ],
          "editableUntil": "2021-09-16T11:28:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "music",
            "indices": [
              "75",
              "81"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "81"
      ],
      "favorite_count": "5",
      "id_str": "1100000000000681100",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000000681100",
      "created_at": "Thu Sep 16 10:28:00 +0000 2021",
      "favorited": false,
      "full_text": "A small gig in a basement bar: three songs nobody knew, all of them great. #music",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000000815600"
          ],
          "editableUntil": "2022-03-27T18:11:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "walking",
            "indices": [
              "66",
              "74"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "6",
      "id_str": "1100000000000815600",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000000815600",
      "created_at": "Sun Mar 27 17:11:00 +0000 2022",
      "favorited": false,
      "full_text": "Twelve miles along the ridge today. Legs complain, head is quiet. #walking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000000831500"
          ],
          "editableUntil": "2022-04-15T16:13:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "reading",
            "indices": [
              "78",
              "86"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "0",
      "id_str": "1100000000000831500",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000000831500",
      "created_at": "Fri Apr 15 15:13:00 +0000 2022",
      "favorited": false,
      "full_text": "Library haul: two books on birds, one on bridges, one I picked for the cover. #reading",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000000886900"
          ],
          "editableUntil": "2022-07-08T07:03:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "walking",
            "indices": [
              "66",
              "74"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "1",
      "id_str": "1100000000000886900",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000000886900",
      "created_at": "Fri Jul 08 06:03:00 +0000 2022",
      "favorited": false,
      "full_text": "Twelve miles along the ridge today. Legs complain, head is quiet. #walking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000000894800"
          ],
          "editableUntil": "2022-07-15T17:05:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "cooking",
            "indices": [
              "85",
              "93"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "93"
      ],
      "favorite_count": "2",
      "id_str": "1100000000000894800",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000000894800",
      "created_at": "Fri Jul 15 16:05:00 +0000 2022",
      "favorited": false,
      "full_text": "Tried the flatbread recipe again, this time with a hotter pan. Much better blisters. #cooking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000001053200"
          ],
          "editableUntil": "2023-03-01T15:54:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "garden",
            "indices": [
              "44",
              "51"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "51"
      ],
      "favorite_count": "3",
      "id_str": "1100000000001053200",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000001053200",
      "created_at": "Wed Mar 01 14:54:00 +0000 2023",
      "favorited": false,
      "full_text": "The beans climbed the fence and kept going. #garden",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000001069000"
          ],
          "editableUntil": "2023-03-25T18:10:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "work",
            "indices": [
              "67",
              "72"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "72"
      ],
      "favorite_count": "4",
      "id_str": "1100000000001069000",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000001069000",
      "created_at": "Sat Mar 25 17:10:00 +0000 2023",
      "favorited": false,
      "full_text": "Shipped the release we had been chasing since March. Cake was had. #work",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000001100800"
          ],
          "editableUntil": "2023-05-14T17:28:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "walking",
            "indices": [
              "99",
              "107"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "107"
      ],
      "favorite_count": "5",
      "id_str": "1100000000001100800",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000001100800",
      "created_at": "Sun May 14 16:28:00 +0000 2023",
      "favorited": false,
      "full_text": "Walked the long way round the harbour this morning; the tide was out and the boats sat on the mud. #walking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000001124500"
          ],
          "editableUntil": "2023-06-12T14:22:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "garden",
            "indices": [
              "44",
              "51"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "51"
      ],
      "favorite_count": "6",
      "id_str": "1100000000001124500",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000001124500",
      "created_at": "Mon Jun 12 13:22:00 +0000 2023",
      "favorited": false,
      "full_text": "The beans climbed the fence and kept going. #garden",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000001164000"
          ],
          "editableUntil": "2023-08-13T12:08:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "walking",
            "indices": [
              "70",
              "78"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "78"
      ],
      "favorite_count": "0",
      "id_str": "1100000000001164000",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000001164000",
      "created_at": "Sun Aug 13 11:08:00 +0000 2023",
      "favorited": false,
      "full_text": "Fog on the hills until noon, then the whole valley opened up at once. #walking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000001172000"
          ],
          "editableUntil": "2023-08-20T16:26:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "travel",
            "indices": [
              "57",
              "64"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "1",
      "id_str": "1100000000001172000",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000001172000",
      "created_at": "Sun Aug 20 15:26:00 +0000 2023",
      "favorited": false,
      "full_text": "Trains across half of Europe, window seat the whole way. #travel",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000001187800"
          ],
          "editableUntil": "2023-09-13T20:21:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "music",
            "indices": [
              "50",
              "56"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "56"
      ],
      "favorite_count": "2",
      "id_str": "1100000000001187800",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000001187800",
      "created_at": "Wed Sep 13 19:21:00 +0000 2023",
      "favorited": false,
      "full_text": "Learning a new tune on the fiddle, one bar a day. #music",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000001219600"
          ],
          "editableUntil": "2023-10-29T13:33:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "work",
            "indices": [
              "63",
              "68"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "3",
      "id_str": "1100000000001219600",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000001219600",
      "created_at": "Sun Oct 29 12:33:00 +0000 2023",
      "favorited": false,
      "full_text": "Spent the afternoon deleting code. The best kind of afternoon. #work",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000001306600"
          ],
          "editableUntil": "2024-02-28T09:08:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "travel",
            "indices": [
              "57",
              "64"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "4",
      "id_str": "1100000000001306600",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000001306600",
      "created_at": "Wed Feb 28 08:08:00 +0000 2024",
      "favorited": false,
      "full_text": "Trains across half of Europe, window seat the whole way. #travel",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000001322500"
          ],
          "editableUntil": "2024-03-22T08:52:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "garden",
            "indices": [
              "44",
              "51"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "51"
      ],
      "favorite_count": "5",
      "id_str": "1100000000001322500",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000001322500",
      "created_at": "Fri Mar 22 07:52:00 +0000 2024",
      "favorited": false,
      "full_text": "The beans climbed the fence and kept going. #garden",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000001346200"
          ],
          "editableUntil": "2024-04-26T09:28:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "music",
            "indices": [
              "75",
              "81"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "81"
      ],
      "favorite_count": "6",
      "id_str": "1100000000001346200",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000001346200",
      "created_at": "Fri Apr 26 08:28:00 +0000 2024",
      "favorited": false,
      "full_text": "A small gig in a basement bar: three songs nobody knew, all of them great. #music",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000001417500"
          ],
          "editableUntil": "2024-08-12T16:24:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "reading",
            "indices": [
              "78",
              "86"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "0",
      "id_str": "1100000000001417500",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000001417500",
      "created_at": "Mon Aug 12 15:24:00 +0000 2024",
      "favorited": false,
      "full_text": "Library haul: two books on birds, one on bridges, one I picked for the cover. #reading",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000001472900"
          ],
          "editableUntil": "2024-10-26T12:29:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "travel",
            "indices": [
              "63",
              "70"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "70"
      ],
      "favorite_count": "1",
      "id_str": "1100000000001472900",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000001472900",
      "created_at": "Sat Oct 26 11:29:00 +0000 2024",
      "favorited": false,
      "full_text": "The tram up the hill is slower than walking, and far more fun. #travel",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000001480800"
          ],
          "editableUntil": "2024-11-09T12:43:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "music",
            "indices": [
              "75",
              "81"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "81"
      ],
      "favorite_count": "2",
      "id_str": "1100000000001480800",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000001480800",
      "created_at": "Sat Nov 09 11:43:00 +0000 2024",
      "favorited": false,
      "full_text": "A small gig in a basement bar: three songs nobody knew, all of them great. #music",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000001488800"
          ],
          "editableUntil": "2024-11-22T20:53:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "reading",
            "indices": [
              "61",
              "69"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "3",
      "id_str": "1100000000001488800",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000001488800",
      "created_at": "Fri Nov 22 19:53:00 +0000 2024",
      "favorited": false,
      "full_text": "Reading about the history of maps: every map is an argument. #reading",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000001504600"
          ],
          "editableUntil": "2024-12-14T20:41:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "cooking",
            "indices": [
              "45",
              "53"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "53"
      ],
      "favorite_count": "4",
      "id_str": "1100000000001504600",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000001504600",
      "created_at": "Sat Dec 14 19:41:00 +0000 2024",
      "favorited": false,
      "full_text": "Made far too much soup. Neighbours got soup. #cooking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000001576000"
          ],
          "editableUntil": "2025-03-22T17:19:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "travel",
            "indices": [
              "63",
              "70"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "70"
      ],
      "favorite_count": "5",
      "id_str": "1100000000001576000",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000001576000",
      "created_at": "Sat Mar 22 16:19:00 +0000 2025",
      "favorited": false,
      "full_text": "The tram up the hill is slower than walking, and far more fun. #travel",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000001583700"
          ],
          "editableUntil": "2025-04-06T19:17:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "work",
            "indices": [
              "73",
              "78"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "78"
      ],
      "favorite_count": "6",
      "id_str": "1100000000001583700",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000001583700",
      "created_at": "Sun Apr 06 18:17:00 +0000 2025",
      "favorited": false,
      "full_text": "Wrote the documentation first this time, and the code was easier for it. #work",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000001591700"
          ],
          "editableUntil": "2025-04-20T18:32:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "reading",
            "indices": [
              "74",
              "82"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "0",
      "id_str": "1100000000001591700",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000001591700",
      "created_at": "Sun Apr 20 17:32:00 +0000 2025",
      "favorited": false,
      "full_text": "Finished a novel about a lighthouse keeper. Quiet, strange and very good. #reading",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000001615500"
          ],
          "editableUntil": "2025-05-25T15:18:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "travel",
            "indices": [
              "63",
              "70"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "70"
      ],
      "favorite_count": "1",
      "id_str": "1100000000001615500",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000001615500",
      "created_at": "Sun May 25 14:18:00 +0000 2025",
      "favorited": false,
      "full_text": "The tram up the hill is slower than walking, and far more fun. #travel",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000001647100"
          ],
          "editableUntil": "2025-07-07T15:40:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "reading",
            "indices": [
              "74",
              "82"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "2",
      "id_str": "1100000000001647100",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000001647100",
      "created_at": "Mon Jul 07 14:40:00 +0000 2025",
      "favorited": false,
      "full_text": "Finished a novel about a lighthouse keeper. Quiet, strange and very good. #reading",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000001663000"
          ],
          "editableUntil": "2025-07-27T08:51:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "travel",
            "indices": [
              "63",
              "70"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "70"
      ],
      "favorite_count": "3",
      "id_str": "1100000000001663000",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000001663000",
      "created_at": "Sun Jul 27 07:51:00 +0000 2025",
      "favorited": false,
      "full_text": "Arrived late, found the bakery still open, everything is fine. #travel",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000001686800"
          ],
          "editableUntil": "2025-09-01T15:30:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "travel",
            "indices": [
              "57",
              "64"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "4",
      "id_str": "1100000000001686800",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000001686800",
      "created_at": "Mon Sep 01 14:30:00 +0000 2025",
      "favorited": false,
      "full_text": "Trains across half of Europe, window seat the whole way. #travel",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000001726300"
          ],
          "editableUntil": "2025-11-01T09:12:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "cooking",
            "indices": [
              "61",
              "69"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "5",
      "id_str": "1100000000001726300",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000001726300",
      "created_at": "Sat Nov 01 08:12:00 +0000 2025",
      "favorited": false,
      "full_text": "The sourdough starter survived the holiday. Named it Gerald. #cooking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000001734300"
          ],
          "editableUntil": "2025-11-10T15:19:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "travel",
            "indices": [
              "57",
              "64"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "6",
      "id_str": "1100000000001734300",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000001734300",
      "created_at": "Mon Nov 10 14:19:00 +0000 2025",
      "favorited": false,
      "full_text": "Trains across half of Europe, window seat the whole way. #travel",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100000000000000002"
          ],
          "editableUntil": "2019-01-07T16:01:59.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "0",
      "id_str": "1100000000000000002",
      "truncated": false,
      "retweet_count": "0",
      "id": "1100000000000000002",
      "created_at": "Mon Jan 07 15:01:59 +0000 2019",
      "favorited": false,
      "full_text": "And another thing: the ridge path is closed past the second stile, go round by the farm.",
      "lang": "en",
      "in_reply_to_status_id_str": "1100000000000000001",
      "in_reply_to_screen_name": "robin_ashby"
    }
  }
]
