window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1582013057725366351"
          ],
          "editableUntil": "2022-10-17T15:18:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "4",
      "id_str": "1582013057725366351",
      "truncated": false,
      "retweet_count": "3",
      "id": "1582013057725366351",
      "created_at": "Mon Oct 17 14:18:00 +0000 2022",
      "favorited": false,
      "full_text": "Pumpkin soup, bread, a fire in a borrowed chiminea on the allotment. October done right.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1548662049469366350"
          ],
          "editableUntil": "2022-07-17T14:33:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "bridges",
            "indices": [
              "110",
              "118"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "118"
      ],
      "favorite_count": "20",
      "id_str": "1548662049469366350",
      "truncated": false,
      "retweet_count": "0",
      "id": "1548662049469366350",
      "created_at": "Sun Jul 17 13:33:00 +0000 2022",
      "favorited": false,
      "full_text": "The heat is making the expansion joints on the Cumberland Basin flyover sing. Nobody else can hear it but me. #bridges",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1535329447572406349"
          ],
          "editableUntil": "2022-06-10T19:34:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "13",
      "id_str": "1535329447572406349",
      "truncated": false,
      "retweet_count": "2",
      "id": "1535329447572406349",
      "created_at": "Fri Jun 10 18:34:00 +0000 2022",
      "favorited": false,
      "full_text": "Midsummer swim at the lido at 7am. My heart stopped twice and then I felt amazing.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1490026182865846348"
          ],
          "editableUntil": "2022-02-05T19:15:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "104"
      ],
      "favorite_count": "6",
      "id_str": "1490026182865846348",
      "truncated": false,
      "retweet_count": "4",
      "id": "1490026182865846348",
      "created_at": "Sat Feb 05 18:15:00 +0000 2022",
      "favorited": false,
      "full_text": "Asked the apprentice to name her favourite bridge. She said \"the one that gets me home\". Correct answer.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1466840909214646347"
          ],
          "editableUntil": "2021-12-03T19:45:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "samortega",
            "screen_name": "samortega",
            "indices": [
              "21",
              "31"
            ],
            "id_str": "1009",
            "id": "1009"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "93"
      ],
      "favorite_count": "22",
      "id_str": "1466840909214646347",
      "truncated": false,
      "retweet_count": "1",
      "id": "1466840909214646347",
      "created_at": "Fri Dec 03 18:45:00 +0000 2021",
      "favorited": false,
      "full_text": "Made mince pies with @samortega. Pastry everywhere. Denise the plant has flour on her leaves.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1418663707407286346"
          ],
          "editableUntil": "2021-07-23T21:06:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "garden",
            "indices": [
              "84",
              "91"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "91"
      ],
      "favorite_count": "15",
      "id_str": "1418663707407286346",
      "truncated": false,
      "retweet_count": "3",
      "id": "1418663707407286346",
      "created_at": "Fri Jul 23 20:06:00 +0000 2021",
      "favorited": false,
      "full_text": "Allotment theft: someone has taken exactly one strawberry. I respect the restraint. #garden",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1396374588748726345"
          ],
          "editableUntil": "2021-05-23T08:57:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "90"
      ],
      "favorite_count": "8",
      "id_str": "1396374588748726345",
      "truncated": false,
      "retweet_count": "0",
      "id": "1396374588748726345",
      "created_at": "Sun May 23 07:57:00 +0000 2021",
      "favorited": false,
      "full_text": "The swifts are back over the harbour. Summer officially starts when I hear them screaming.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1356646309032886344"
          ],
          "editableUntil": "2021-02-02T17:51:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "1",
      "id_str": "1356646309032886344",
      "truncated": false,
      "retweet_count": "2",
      "id": "1356646309032886344",
      "created_at": "Tue Feb 02 16:51:00 +0000 2021",
      "favorited": false,
      "full_text": "Had my first jab today. Cried a bit in the car park. It was a nice car park.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1355451435709366343"
          ],
          "editableUntil": "2021-01-30T10:43:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "garden",
            "indices": [
              "108",
              "115"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "115"
      ],
      "favorite_count": "17",
      "id_str": "1355451435709366343",
      "truncated": false,
      "retweet_count": "4",
      "id": "1355451435709366343",
      "created_at": "Sat Jan 30 09:43:00 +0000 2021",
      "favorited": false,
      "full_text": "Frost on the allotment so thick it looked like icing. The broad beans are fine, apparently they enjoy this. #garden",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1320444767892406342"
          ],
          "editableUntil": "2020-10-25T20:19:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "102"
      ],
      "favorite_count": "10",
      "id_str": "1320444767892406342",
      "truncated": false,
      "retweet_count": "1",
      "id": "1320444767892406342",
      "created_at": "Sun Oct 25 19:19:00 +0000 2020",
      "favorited": false,
      "full_text": "Teams call in which nobody could work out who was making the dripping sound. It was me. It was my tea.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1305198808396726341"
          ],
          "editableUntil": "2020-09-13T18:37:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "87"
      ],
      "favorite_count": "3",
      "id_str": "1305198808396726341",
      "truncated": false,
      "retweet_count": "3",
      "id": "1305198808396726341",
      "created_at": "Sun Sep 13 17:37:00 +0000 2020",
      "favorited": false,
      "full_text": "Blackberrying along the railway path. Came home purple to the elbows. Crumble imminent.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1281287752381366340"
          ],
          "editableUntil": "2020-07-09T19:03:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "58"
      ],
      "favorite_count": "19",
      "id_str": "1281287752381366340",
      "truncated": false,
      "retweet_count": "0",
      "id": "1281287752381366340",
      "created_at": "Thu Jul 09 18:03:00 +0000 2020",
      "favorited": false,
      "full_text": "Tried to cut my own hair. Do not try to cut your own hair.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1263401394631606339"
          ],
          "editableUntil": "2020-05-21T10:29:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "birds",
            "indices": [
              "94",
              "100"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "100"
      ],
      "favorite_count": "12",
      "id_str": "1263401394631606339",
      "truncated": false,
      "retweet_count": "2",
      "id": "1263401394631606339",
      "created_at": "Thu May 21 09:29:00 +0000 2020",
      "favorited": false,
      "full_text": "Discovered I can identify a blackbird, a wren and a robin by song alone now. Lockdown skills. #birds",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1248869641221046338"
          ],
          "editableUntil": "2020-04-11T08:05:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "140"
      ],
      "favorite_count": "5",
      "id_str": "1248869641221046338",
      "truncated": false,
      "retweet_count": "4",
      "id": "1248869641221046338",
      "created_at": "Sat Apr 11 07:05:00 +0000 2020",
      "favorited": false,
      "full_text": "Made a loaf for the neighbour who works nights at the hospital. Left it on the step with a note. Got a thank-you note back on the same step.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1226068649702326337"
          ],
          "editableUntil": "2020-02-08T10:02:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "113"
      ],
      "favorite_count": "21",
      "id_str": "1226068649702326337",
      "truncated": false,
      "retweet_count": "1",
      "id": "1226068649702326337",
      "created_at": "Sat Feb 08 09:02:00 +0000 2020",
      "favorited": false,
      "full_text": "Storm Dennis has taken the fence panel. The fence panel is now in someone else’s garden. I am at peace with this.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1214506463523766336"
          ],
          "editableUntil": "2020-01-07T12:18:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "85"
      ],
      "favorite_count": "14",
      "id_str": "1214506463523766336",
      "truncated": false,
      "retweet_count": "3",
      "id": "1214506463523766336",
      "created_at": "Tue Jan 07 11:18:00 +0000 2020",
      "favorited": false,
      "full_text": "Dry January, day 19: I have started drinking an alarming amount of fancy tonic water.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1206302153241526335"
          ],
          "editableUntil": "2019-12-15T20:57:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "97"
      ],
      "favorite_count": "7",
      "id_str": "1206302153241526335",
      "truncated": false,
      "retweet_count": "0",
      "id": "1206302153241526335",
      "created_at": "Sun Dec 15 19:57:00 +0000 2019",
      "favorited": false,
      "full_text": "Work Christmas do: the quiz had a round on famous bridge collapses. We are a fun group of people.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1195283800519606334"
          ],
          "editableUntil": "2019-11-15T11:14:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "0",
      "id_str": "1195283800519606334",
      "truncated": false,
      "retweet_count": "2",
      "id": "1195283800519606334",
      "created_at": "Fri Nov 15 10:14:00 +0000 2019",
      "favorited": false,
      "full_text": "Library haul: two books on birds, one on bridges, one I picked entirely for the cover.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1186548994667446333"
          ],
          "editableUntil": "2019-10-22T08:45:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "walking",
            "indices": [
              "64",
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
      "favorite_count": "16",
      "id_str": "1186548994667446333",
      "truncated": false,
      "retweet_count": "4",
      "id": "1186548994667446333",
      "created_at": "Tue Oct 22 07:45:00 +0000 2019",
      "favorited": false,
      "full_text": "Clocks go back this weekend. Already mourning my evening walks. #walking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1164921233863606332"
          ],
          "editableUntil": "2019-08-23T16:24:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "112"
      ],
      "favorite_count": "9",
      "id_str": "1164921233863606332",
      "truncated": false,
      "retweet_count": "1",
      "id": "1164921233863606332",
      "created_at": "Fri Aug 23 15:24:00 +0000 2019",
      "favorited": false,
      "full_text": "Balloon Fiesta morning: a hundred hot-air balloons over Ashton Court and the whole sky went quiet and colourful.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1150006456611766331"
          ],
          "editableUntil": "2019-07-13T12:38:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "bridges",
            "indices": [
              "80",
              "88"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "2",
      "id_str": "1150006456611766331",
      "truncated": false,
      "retweet_count": "3",
      "id": "1150006456611766331",
      "created_at": "Sat Jul 13 11:38:00 +0000 2019",
      "favorited": false,
      "full_text": "It is 31 degrees and I am in a steel box girder with a torch. Send ice lollies. #bridges",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1145294659384246330"
          ],
          "editableUntil": "2019-06-30T12:35:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "106"
      ],
      "favorite_count": "18",
      "id_str": "1145294659384246330",
      "truncated": false,
      "retweet_count": "0",
      "id": "1145294659384246330",
      "created_at": "Sun Jun 30 11:35:00 +0000 2019",
      "favorited": false,
      "full_text": "Cycled to work for the first time in months and the hill on Park Street has not become any less of a hill.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1116964736332726329"
          ],
          "editableUntil": "2019-04-13T08:22:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "baking",
            "indices": [
              "97",
              "104"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "104"
      ],
      "favorite_count": "11",
      "id_str": "1116964736332726329",
      "truncated": false,
      "retweet_count": "2",
      "id": "1116964736332726329",
      "created_at": "Sat Apr 13 07:22:00 +0000 2019",
      "favorited": false,
      "full_text": "Hot cross bun season means hot cross bun experiments. This one has cardamom and it is a triumph. #baking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1101850897413046328"
          ],
          "editableUntil": "2019-03-02T15:25:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "bridges",
            "indices": [
              "57",
              "65"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "65"
      ],
      "favorite_count": "4",
      "id_str": "1101850897413046328",
      "truncated": false,
      "retweet_count": "4",
      "id": "1101850897413046328",
      "created_at": "Sat Mar 02 14:25:00 +0000 2019",
      "favorited": false,
      "full_text": "Inspection report, page 47: \"pigeon situation: ongoing\". #bridges",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1095981975598006327"
          ],
          "editableUntil": "2019-02-14T10:44:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "20",
      "id_str": "1095981975598006327",
      "truncated": false,
      "retweet_count": "1",
      "id": "1095981975598006327",
      "created_at": "Thu Feb 14 09:44:00 +0000 2019",
      "favorited": false,
      "full_text": "Snow on the Downs for about ninety minutes. Every dog in the city came out to celebrate.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1083295883719606326"
          ],
          "editableUntil": "2019-01-10T10:34:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "114"
      ],
      "favorite_count": "13",
      "id_str": "1083295883719606326",
      "truncated": false,
      "retweet_count": "3",
      "id": "1083295883719606326",
      "created_at": "Thu Jan 10 09:34:00 +0000 2019",
      "favorited": false,
      "full_text": "Overheard on the ferry: \"the thing about Bristol is it’s basically a hill with a harbour at the bottom\". Accurate.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1594070004003766325"
          ],
          "editableUntil": "2022-11-19T21:48:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "106"
      ],
      "favorite_count": "6",
      "id_str": "1594070004003766325",
      "truncated": false,
      "retweet_count": "0",
      "id": "1594070004003766325",
      "created_at": "Sat Nov 19 20:48:00 +0000 2022",
      "favorited": false,
      "full_text": "Will keep this account so nobody takes the name, but I won’t be reading it. Come and say hello over there.",
      "lang": "en",
      "in_reply_to_status_id_str": "1594069249029046325",
      "in_reply_to_status_id": "1594069249029046325",
      "in_reply_to_screen_name": "robin_ashby",
      "in_reply_to_user_id_str": "4815162342"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1594069249029046325"
          ],
          "editableUntil": "2022-11-19T21:45:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "robi",
            "screen_name": "robi",
            "indices": [
              "24",
              "29"
            ],
            "id_str": "1004",
            "id": "1004"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "134"
      ],
      "favorite_count": "22",
      "id_str": "1594069249029046325",
      "truncated": false,
      "retweet_count": "2",
      "id": "1594069249029046325",
      "created_at": "Sat Nov 19 20:45:00 +0000 2022",
      "favorited": false,
      "full_text": "I’m moving to Mastodon: @robin@social.example. Downloaded my archive here, twelve years of it. Thanks for the conversations, everyone.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1576175089873846324"
          ],
          "editableUntil": "2022-10-01T12:40:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "155"
      ],
      "favorite_count": "15",
      "id_str": "1576175089873846324",
      "truncated": false,
      "retweet_count": "4",
      "id": "1576175089873846324",
      "created_at": "Sat Oct 01 11:40:00 +0000 2022",
      "favorited": false,
      "full_text": "Tried to explain my job to a seven-year-old: \"I check bridges don’t fall down.\" \"Have any fallen down?\" \"No.\" \"So you are very good at it.\" I will take it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1568909968143286323"
          ],
          "editableUntil": "2022-09-11T11:31:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "ama_builds",
            "screen_name": "ama_builds",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "1010",
            "id": "1010"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "8",
      "id_str": "1568909968143286323",
      "truncated": false,
      "retweet_count": "1",
      "id": "1568909968143286323",
      "created_at": "Sun Sep 11 10:31:00 +0000 2022",
      "favorited": false,
      "full_text": "@ama_builds you were right about the bearing detail and I owe you a coffee. Two coffees.",
      "lang": "en",
      "in_reply_to_status_id_str": "1568898140206006323",
      "in_reply_to_status_id": "1568898140206006323",
      "in_reply_to_screen_name": "ama_builds",
      "in_reply_to_user_id_str": "1010"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1558206691537846322"
          ],
          "editableUntil": "2022-08-12T22:40:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "norway",
            "indices": [
              "100",
              "107"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": [],
        "media": [
          {
            "url": "https://t.co/F37846322x",
            "media_url_https": "https://pbs.twimg.com/media/F37846322x.jpg",
            "type": "photo",
            "id_str": "1558206691537846322",
            "ext_alt_text": "Photo: steep peaks rising out of a still fjord"
          }
        ]
      },
      "display_text_range": [
        "0",
        "107"
      ],
      "favorite_count": "1",
      "id_str": "1558206691537846322",
      "truncated": false,
      "retweet_count": "3",
      "id": "1558206691537846322",
      "created_at": "Fri Aug 12 21:40:00 +0000 2022",
      "favorited": false,
      "full_text": "Top of Reinebringen at midnight and it is still light. Lofoten is unfair on the rest of the planet. #norway https://t.co/F37846322x",
      "lang": "en",
      "extended_entities": {
        "media": [
          {
            "url": "https://t.co/F37846322x",
            "media_url_https": "https://pbs.twimg.com/media/F37846322x.jpg",
            "type": "photo",
            "id_str": "1558206691537846322",
            "ext_alt_text": "Photo: steep peaks rising out of a still fjord"
          }
        ]
      }
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1557456749982646321"
          ],
          "editableUntil": "2022-08-10T21:00:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "norway",
            "indices": [
              "83",
              "90"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "90"
      ],
      "favorite_count": "17",
      "id_str": "1557456749982646321",
      "truncated": false,
      "retweet_count": "0",
      "id": "1557456749982646321",
      "created_at": "Wed Aug 10 20:00:00 +0000 2022",
      "favorited": false,
      "full_text": "Bergen. It has rained four times today and every time the town got more beautiful. #norway",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1539559067612086320"
          ],
          "editableUntil": "2022-06-22T11:41:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "122"
      ],
      "favorite_count": "10",
      "id_str": "1539559067612086320",
      "truncated": false,
      "retweet_count": "2",
      "id": "1539559067612086320",
      "created_at": "Wed Jun 22 10:41:00 +0000 2022",
      "favorited": false,
      "full_text": "The heatwave has turned the allotment to dust. Watering at 6am with the other old souls. Mr Okafor from 15 nods at me now.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1529030693483446319"
          ],
          "editableUntil": "2022-05-24T10:25:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "150"
      ],
      "favorite_count": "3",
      "id_str": "1529030693483446319",
      "truncated": false,
      "retweet_count": "4",
      "id": "1529030693483446319",
      "created_at": "Tue May 24 09:25:00 +0000 2022",
      "favorited": false,
      "full_text": "Sam has discovered that the flat gets exactly one hour of direct sun, on the bathroom floor, at 4pm. Denise the plant now lives on the bathroom floor.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1515253663134646318"
          ],
          "editableUntil": "2022-04-16T10:00:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "jonasweber",
            "screen_name": "jonasweber",
            "indices": [
              "12",
              "23"
            ],
            "id_str": "1010",
            "id": "1010"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "92"
      ],
      "favorite_count": "19",
      "id_str": "1515253663134646318",
      "truncated": false,
      "retweet_count": "1",
      "id": "1515253663134646318",
      "created_at": "Sat Apr 16 09:00:00 +0000 2022",
      "favorited": false,
      "full_text": "Berlin with @jonasweber. Tempelhof is an airport that became a park and I may never recover.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1498690776069046317"
          ],
          "editableUntil": "2022-03-01T17:05:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "113"
      ],
      "favorite_count": "12",
      "id_str": "1498690776069046317",
      "truncated": false,
      "retweet_count": "3",
      "id": "1498690776069046317",
      "created_at": "Tue Mar 01 16:05:00 +0000 2022",
      "favorited": false,
      "full_text": "Spring clean of the blog: it now loads in under a second and has no tracking. Small pleasures. robin.example/blog",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1494670535685046316"
          ],
          "editableUntil": "2022-02-18T14:50:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "130"
      ],
      "favorite_count": "5",
      "id_str": "1494670535685046316",
      "truncated": false,
      "retweet_count": "0",
      "id": "1494670535685046316",
      "created_at": "Fri Feb 18 13:50:00 +0000 2022",
      "favorited": false,
      "full_text": "Storm Eunice: the Clifton Suspension Bridge closed for the day and I watched the deck move on the webcam like it was the football.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1479778156016566315"
          ],
          "editableUntil": "2022-01-08T12:33:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "104"
      ],
      "favorite_count": "21",
      "id_str": "1479778156016566315",
      "truncated": false,
      "retweet_count": "2",
      "id": "1479778156016566315",
      "created_at": "Sat Jan 08 11:33:00 +0000 2022",
      "favorited": false,
      "full_text": "Sam has moved in. Eleven boxes of books, a plant named Denise, zero kitchen equipment. A perfect merger.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1473312552514486314"
          ],
          "editableUntil": "2021-12-21T16:21:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "14",
      "id_str": "1473312552514486314",
      "truncated": false,
      "retweet_count": "4",
      "id": "1473312552514486314",
      "created_at": "Tue Dec 21 15:21:00 +0000 2021",
      "favorited": false,
      "full_text": "Shortest day. Sunset at 4:04. Lit a candle for the light coming back.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1461052769694646313"
          ],
          "editableUntil": "2021-11-17T20:25:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "garden",
            "indices": [
              "86",
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
      "favorite_count": "7",
      "id_str": "1461052769694646313",
      "truncated": false,
      "retweet_count": "1",
      "id": "1461052769694646313",
      "created_at": "Wed Nov 17 19:25:00 +0000 2021",
      "favorited": false,
      "full_text": "Garlic in, planted in the rain, as tradition demands (the tradition is one year old). #garden",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1444301138949046312"
          ],
          "editableUntil": "2021-10-02T15:00:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "81"
      ],
      "favorite_count": "0",
      "id_str": "1444301138949046312",
      "truncated": false,
      "retweet_count": "3",
      "id": "1444301138949046312",
      "created_at": "Sat Oct 02 14:00:00 +0000 2021",
      "favorited": false,
      "full_text": "Leith. My little brother has a flat with a sea view and a sofa. Who allowed this.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1434440917447606311"
          ],
          "editableUntil": "2021-09-05T09:59:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "lena_f",
            "screen_name": "lena_f",
            "indices": [
              "17",
              "24"
            ],
            "id_str": "1006",
            "id": "1006"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "130"
      ],
      "favorite_count": "16",
      "id_str": "1434440917447606311",
      "truncated": false,
      "retweet_count": "0",
      "id": "1434440917447606311",
      "created_at": "Sun Sep 05 08:59:00 +0000 2021",
      "favorited": false,
      "full_text": "Long thread from @lena_f about Hamburg’s bridges and I want it on record that Hamburg has more than Venice and Amsterdam combined.",
      "lang": "en",
      "in_reply_to_status_id_str": "1434429089510326311",
      "in_reply_to_status_id": "1434429089510326311",
      "in_reply_to_screen_name": "lena_f",
      "in_reply_to_user_id_str": "1006"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1430926761784246310"
          ],
          "editableUntil": "2021-08-26T17:15:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "garden",
            "indices": [
              "102",
              "109"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "109"
      ],
      "favorite_count": "9",
      "id_str": "1430926761784246310",
      "truncated": false,
      "retweet_count": "2",
      "id": "1430926761784246310",
      "created_at": "Thu Aug 26 16:15:00 +0000 2021",
      "favorited": false,
      "full_text": "First courgettes from 14B and now I understand why everyone gives courgettes away. There are SO MANY. #garden",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1417135386915766309"
          ],
          "editableUntil": "2021-07-19T15:53:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "111"
      ],
      "favorite_count": "2",
      "id_str": "1417135386915766309",
      "truncated": false,
      "retweet_count": "4",
      "id": "1417135386915766309",
      "created_at": "Mon Jul 19 14:53:00 +0000 2021",
      "favorited": false,
      "full_text": "Back in the office today. Someone had left a mug in the sink in March 2020 and it had become its own ecosystem.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1403774095979446308"
          ],
          "editableUntil": "2021-06-12T19:00:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "priyawalks",
            "screen_name": "priyawalks",
            "indices": [
              "32",
              "43"
            ],
            "id_str": "1010",
            "id": "1010"
          },
          {
            "name": "samortega",
            "screen_name": "samortega",
            "indices": [
              "48",
              "58"
            ],
            "id_str": "1009",
            "id": "1009"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "96"
      ],
      "favorite_count": "18",
      "id_str": "1403774095979446308",
      "truncated": false,
      "retweet_count": "1",
      "id": "1403774095979446308",
      "created_at": "Sat Jun 12 18:00:00 +0000 2021",
      "favorited": false,
      "full_text": "Pen y Fan tomorrow at dawn with @priyawalks and @samortega. Alarm set for 4. Regrets pre-loaded.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1397153974318006307"
          ],
          "editableUntil": "2021-05-25T12:34:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "85"
      ],
      "favorite_count": "11",
      "id_str": "1397153974318006307",
      "truncated": false,
      "retweet_count": "3",
      "id": "1397153974318006307",
      "created_at": "Tue May 25 11:34:00 +0000 2021",
      "favorited": false,
      "full_text": "How do you tell someone you love them and also that their colander placement is wrong",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1387665200378806306"
          ],
          "editableUntil": "2021-04-29T08:09:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "garden",
            "indices": [
              "42",
              "49"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "49"
      ],
      "favorite_count": "4",
      "id_str": "1387665200378806306",
      "truncated": false,
      "retweet_count": "0",
      "id": "1387665200378806306",
      "created_at": "Thu Apr 29 07:09:00 +0000 2021",
      "favorited": false,
      "full_text": "Potatoes in. Broad beans in. Optimism in. #garden",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1374411115852726305"
          ],
          "editableUntil": "2021-03-23T18:22:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "ama_builds",
            "screen_name": "ama_builds",
            "indices": [
              "82",
              "93"
            ],
            "id_str": "1010",
            "id": "1010"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "112"
      ],
      "favorite_count": "20",
      "id_str": "1374411115852726305",
      "truncated": false,
      "retweet_count": "2",
      "id": "1374411115852726305",
      "created_at": "Tue Mar 23 17:22:00 +0000 2021",
      "favorited": false,
      "full_text": "One year of working from home. My kitchen table has a groove where my wrist goes. @ama_builds says hers has two.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1359137977267126304"
          ],
          "editableUntil": "2021-02-09T14:52:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "99"
      ],
      "favorite_count": "13",
      "id_str": "1359137977267126304",
      "truncated": false,
      "retweet_count": "4",
      "id": "1359137977267126304",
      "created_at": "Tue Feb 09 13:52:00 +0000 2021",
      "favorited": false,
      "full_text": "The snowdrops are out along the Frome. Winter has that look on its face when it knows it is losing.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1355915241845686303"
          ],
          "editableUntil": "2021-01-31T17:26:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "garden",
            "indices": [
              "96",
              "103"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "103"
      ],
      "favorite_count": "6",
      "id_str": "1355915241845686303",
      "truncated": false,
      "retweet_count": "1",
      "id": "1355915241845686303",
      "created_at": "Sun Jan 31 16:26:00 +0000 2021",
      "favorited": false,
      "full_text": "Cleared the bramble from 14B. The bramble has cleared me from my weekend. Ongoing negotiations. #garden",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1342554202567606302"
          ],
          "editableUntil": "2020-12-25T20:34:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "115"
      ],
      "favorite_count": "22",
      "id_str": "1342554202567606302",
      "truncated": false,
      "retweet_count": "3",
      "id": "1342554202567606302",
      "created_at": "Fri Dec 25 19:34:00 +0000 2020",
      "favorited": false,
      "full_text": "Christmas on video call, turkey for two, crackers with terrible jokes. Still, better than last year’s train strike.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1326989643740086301"
          ],
          "editableUntil": "2020-11-12T21:46:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "garden",
            "indices": [
              "65",
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
      "favorite_count": "15",
      "id_str": "1326989643740086301",
      "truncated": false,
      "retweet_count": "0",
      "id": "1326989643740086301",
      "created_at": "Thu Nov 12 20:46:00 +0000 2020",
      "favorited": false,
      "full_text": "WE GOT THE ALLOTMENT. Plot 14B. It is mostly bramble. I love it. #garden",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1317723839001526300"
          ],
          "editableUntil": "2020-10-18T08:07:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "134"
      ],
      "favorite_count": "8",
      "id_str": "1317723839001526300",
      "truncated": false,
      "retweet_count": "2",
      "id": "1317723839001526300",
      "created_at": "Sun Oct 18 07:07:00 +0000 2020",
      "favorited": false,
      "full_text": "Bridge engineers’ group chat is currently a 40-message argument about whether a zip line is a bridge. It is not. It absolutely is not.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1301602612147126299"
          ],
          "editableUntil": "2020-09-03T20:27:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "115"
      ],
      "favorite_count": "1",
      "id_str": "1301602612147126299",
      "truncated": false,
      "retweet_count": "4",
      "id": "1301602612147126299",
      "created_at": "Thu Sep 03 19:27:00 +0000 2020",
      "favorited": false,
      "full_text": "Heard back from the allotment waiting list: \"you are now number 3\". I have been number 3 in my head for four years.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1294665149445046298"
          ],
          "editableUntil": "2020-08-15T17:00:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [],
        "media": [
          {
            "url": "https://t.co/F45046298x",
            "media_url_https": "https://pbs.twimg.com/media/F45046298x.jpg",
            "type": "photo",
            "id_str": "1294665149445046298",
            "ext_alt_text": "Photo: a turquoise sea and a sandy beach"
          }
        ]
      },
      "display_text_range": [
        "0",
        "73"
      ],
      "favorite_count": "17",
      "id_str": "1294665149445046298",
      "truncated": false,
      "retweet_count": "1",
      "id": "1294665149445046298",
      "created_at": "Sat Aug 15 16:00:00 +0000 2020",
      "favorited": false,
      "full_text": "St Ives. The sea is actually this colour. I thought postcards were lying. https://t.co/F45046298x",
      "lang": "en",
      "extended_entities": {
        "media": [
          {
            "url": "https://t.co/F45046298x",
            "media_url_https": "https://pbs.twimg.com/media/F45046298x.jpg",
            "type": "photo",
            "id_str": "1294665149445046298",
            "ext_alt_text": "Photo: a turquoise sea and a sandy beach"
          }
        ]
      }
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1287677606753206297"
          ],
          "editableUntil": "2020-07-27T10:14:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "bristol",
            "indices": [
              "63",
              "71"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "71"
      ],
      "favorite_count": "10",
      "id_str": "1287677606753206297",
      "truncated": false,
      "retweet_count": "3",
      "id": "1287677606753206297",
      "created_at": "Mon Jul 27 09:14:00 +0000 2020",
      "favorited": false,
      "full_text": "First pint in a pub garden since March. It tasted like relief. #bristol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1269905501844406296"
          ],
          "editableUntil": "2020-06-08T09:14:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "samortega",
            "screen_name": "samortega",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "1009",
            "id": "1009"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "93"
      ],
      "favorite_count": "3",
      "id_str": "1269905501844406296",
      "truncated": false,
      "retweet_count": "0",
      "id": "1269905501844406296",
      "created_at": "Mon Jun 08 08:14:00 +0000 2020",
      "favorited": false,
      "full_text": "@samortega I will never forgive you for that pun and I will also be using it at work tomorrow",
      "lang": "en",
      "in_reply_to_status_id_str": "1269893673907126296",
      "in_reply_to_status_id": "1269893673907126296",
      "in_reply_to_screen_name": "samortega",
      "in_reply_to_user_id_str": "1009"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1256904333849526295"
          ],
          "editableUntil": "2020-05-03T12:12:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "19",
      "id_str": "1256904333849526295",
      "truncated": false,
      "retweet_count": "2",
      "id": "1256904333849526295",
      "created_at": "Sun May 03 11:12:00 +0000 2020",
      "favorited": false,
      "full_text": "Zoom quiz with the family. Mum won. Mum always wins. We suspect Google, she suspects us.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1248626287702966294"
          ],
          "editableUntil": "2020-04-10T15:58:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "samortega",
            "screen_name": "samortega",
            "indices": [
              "21",
              "31"
            ],
            "id_str": "1009",
            "id": "1009"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "132"
      ],
      "favorite_count": "12",
      "id_str": "1248626287702966294",
      "truncated": false,
      "retweet_count": "4",
      "id": "1248626287702966294",
      "created_at": "Fri Apr 10 14:58:00 +0000 2020",
      "favorited": false,
      "full_text": "Went back today with @samortega. Apple blossom everywhere and not a single other person. Some good things are hiding in plain sight.",
      "lang": "en",
      "in_reply_to_status_id_str": "1248625532728246294",
      "in_reply_to_status_id": "1248625532728246294",
      "in_reply_to_screen_name": "robin_ashby",
      "in_reply_to_user_id_str": "4815162342"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1248625532728246294"
          ],
          "editableUntil": "2020-04-10T15:55:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "140"
      ],
      "favorite_count": "5",
      "id_str": "1248625532728246294",
      "truncated": false,
      "retweet_count": "1",
      "id": "1248625532728246294",
      "created_at": "Fri Apr 10 14:55:00 +0000 2020",
      "favorited": false,
      "full_text": "Lockdown walk: found a footpath behind the railway that I had never noticed in six years of living here. There’s a whole orchard back there.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1243946954388406293"
          ],
          "editableUntil": "2020-03-28T18:04:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "baking",
            "indices": [
              "98",
              "105"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "105"
      ],
      "favorite_count": "21",
      "id_str": "1243946954388406293",
      "truncated": false,
      "retweet_count": "3",
      "id": "1243946954388406293",
      "created_at": "Sat Mar 28 17:04:00 +0000 2020",
      "favorited": false,
      "full_text": "Everyone is making sourdough now and I would like it on record that Gerald and I were here first. #baking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1239841150202806292"
          ],
          "editableUntil": "2020-03-17T10:09:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "128"
      ],
      "favorite_count": "14",
      "id_str": "1239841150202806292",
      "truncated": false,
      "retweet_count": "0",
      "id": "1239841150202806292",
      "created_at": "Tue Mar 17 09:09:00 +0000 2020",
      "favorited": false,
      "full_text": "Office closed. Working from the kitchen table. My new colleague is a spider plant and it is already a better listener than most.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1229016322667446291"
          ],
          "editableUntil": "2020-02-16T13:15:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "93"
      ],
      "favorite_count": "7",
      "id_str": "1229016322667446291",
      "truncated": false,
      "retweet_count": "2",
      "id": "1229016322667446291",
      "created_at": "Sun Feb 16 12:15:00 +0000 2020",
      "favorited": false,
      "full_text": "Went to a ceilidh. Was bad at it. Had the best night in months. That’s all, that’s the tweet.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1212732021273526290"
          ],
          "editableUntil": "2020-01-02T14:47:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "138"
      ],
      "favorite_count": "0",
      "id_str": "1212732021273526290",
      "truncated": false,
      "retweet_count": "4",
      "id": "1212732021273526290",
      "created_at": "Thu Jan 02 13:47:00 +0000 2020",
      "favorited": false,
      "full_text": "Started a reading log this year. January: a book about maps, a book about birds, half a book about bridges that I will pretend I finished.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1204417484682166289"
          ],
          "editableUntil": "2019-12-10T16:08:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "144"
      ],
      "favorite_count": "16",
      "id_str": "1204417484682166289",
      "truncated": false,
      "retweet_count": "1",
      "id": "1204417484682166289",
      "created_at": "Tue Dec 10 15:08:00 +0000 2019",
      "favorited": false,
      "full_text": "Year in review: 48 weekend walks (missed four, one was a wedding), 60-odd loaves, one bridge that moved 3 mm more than it should. Not bad, 2019.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1191660173521846288"
          ],
          "editableUntil": "2019-11-05T11:15:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "101"
      ],
      "favorite_count": "9",
      "id_str": "1191660173521846288",
      "truncated": false,
      "retweet_count": "3",
      "id": "1191660173521846288",
      "created_at": "Tue Nov 05 10:15:00 +0000 2019",
      "favorited": false,
      "full_text": "Fireworks over the harbour, seen from the bus stop in the drizzle. Honestly the best way to see them.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1181537975792566287"
          ],
          "editableUntil": "2019-10-08T12:53:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "baking",
            "indices": [
              "110",
              "117"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "117"
      ],
      "favorite_count": "2",
      "id_str": "1181537975792566287",
      "truncated": false,
      "retweet_count": "0",
      "id": "1181537975792566287",
      "created_at": "Tue Oct 08 11:53:00 +0000 2019",
      "favorited": false,
      "full_text": "Baked a loaf with a proper ear for the first time. Photographed it from eleven angles. Ate it in one sitting. #baking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1170381211038646286"
          ],
          "editableUntil": "2019-09-07T18:00:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "walking",
            "indices": [
              "130",
              "138"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "138"
      ],
      "favorite_count": "18",
      "id_str": "1170381211038646286",
      "truncated": false,
      "retweet_count": "2",
      "id": "1170381211038646286",
      "created_at": "Sat Sep 07 17:00:00 +0000 2019",
      "favorited": false,
      "full_text": "Skye. Rained sideways for six hours. For four minutes the cloud lifted and I saw the Quiraing and I would do the six hours again. #walking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1166684854809526285"
          ],
          "editableUntil": "2019-08-28T13:12:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "133"
      ],
      "favorite_count": "11",
      "id_str": "1166684854809526285",
      "truncated": false,
      "retweet_count": "4",
      "id": "1166684854809526285",
      "created_at": "Wed Aug 28 12:12:00 +0000 2019",
      "favorited": false,
      "full_text": "The swing bridge was stuck open for an hour this afternoon and half of Bristol stood watching it like it was theatre. It sort of was.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1153006726149046284"
          ],
          "editableUntil": "2019-07-21T19:20:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "priyawalks",
            "screen_name": "priyawalks",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "1010",
            "id": "1010"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "99"
      ],
      "favorite_count": "4",
      "id_str": "1153006726149046284",
      "truncated": false,
      "retweet_count": "1",
      "id": "1153006726149046284",
      "created_at": "Sun Jul 21 18:20:00 +0000 2019",
      "favorited": false,
      "full_text": "@priyawalks yes to Skye in September! I’ll bring the map, you bring the optimism about the weather.",
      "lang": "en",
      "in_reply_to_status_id_str": "1152994898211766284",
      "in_reply_to_status_id": "1152994898211766284",
      "in_reply_to_screen_name": "priyawalks",
      "in_reply_to_user_id_str": "1010"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1142161010979766283"
          ],
          "editableUntil": "2019-06-21T21:03:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "walking",
            "indices": [
              "104",
              "112"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "112"
      ],
      "favorite_count": "20",
      "id_str": "1142161010979766283",
      "truncated": false,
      "retweet_count": "3",
      "id": "1142161010979766283",
      "created_at": "Fri Jun 21 20:03:00 +0000 2019",
      "favorited": false,
      "full_text": "Longest day. Stayed on the Downs until the light went, which was about four hours after it should have. #walking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1144949887595446282"
          ],
          "editableUntil": "2019-06-29T13:45:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "ama_builds",
            "screen_name": "ama_builds",
            "indices": [
              "120",
              "131"
            ],
            "id_str": "1010",
            "id": "1010"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "131"
      ],
      "favorite_count": "13",
      "id_str": "1144949887595446282",
      "truncated": false,
      "retweet_count": "0",
      "id": "1144949887595446282",
      "created_at": "Sat Jun 29 12:45:00 +0000 2019",
      "favorited": false,
      "full_text": "Just watched a colleague calculate the deflection of a beam on the back of a sandwich wrapper and get it right. Legend. @ama_builds",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1128027129246646281"
          ],
          "editableUntil": "2019-05-13T21:00:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "lisbon",
            "indices": [
              "61",
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
      "favorite_count": "6",
      "id_str": "1128027129246646281",
      "truncated": false,
      "retweet_count": "2",
      "id": "1128027129246646281",
      "created_at": "Mon May 13 20:00:00 +0000 2019",
      "favorited": false,
      "full_text": "Pastel de nata count after three days: I am not telling you. #lisbon",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1127174007813046280"
          ],
          "editableUntil": "2019-05-11T12:30:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "lena_f",
            "screen_name": "lena_f",
            "indices": [
              "90",
              "97"
            ],
            "id_str": "1006",
            "id": "1006"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "111"
      ],
      "favorite_count": "22",
      "id_str": "1127174007813046280",
      "truncated": false,
      "retweet_count": "4",
      "id": "1127174007813046280",
      "created_at": "Sat May 11 11:30:00 +0000 2019",
      "favorited": false,
      "full_text": "Lisbon! The tram is tiny and yellow and climbs hills that a goat would think twice about. @lena_f is in heaven.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1120389553320886279"
          ],
          "editableUntil": "2019-04-22T19:11:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "107"
      ],
      "favorite_count": "15",
      "id_str": "1120389553320886279",
      "truncated": false,
      "retweet_count": "1",
      "id": "1120389553320886279",
      "created_at": "Mon Apr 22 18:11:00 +0000 2019",
      "favorited": false,
      "full_text": "Bank holiday allotment envy: every plot I walk past has rhubarb and I have a window box with one sad chive.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1113038112814006278"
          ],
          "editableUntil": "2019-04-02T12:19:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "bristol",
            "indices": [
              "120",
              "128"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": [],
        "media": [
          {
            "url": "https://t.co/F14006278x",
            "media_url_https": "https://pbs.twimg.com/media/F14006278x.jpg",
            "type": "photo",
            "id_str": "1113038112814006278",
            "ext_alt_text": "Photo: boats moored in a harbour under a pale morning sky"
          }
        ]
      },
      "display_text_range": [
        "0",
        "128"
      ],
      "favorite_count": "8",
      "id_str": "1113038112814006278",
      "truncated": false,
      "retweet_count": "3",
      "id": "1113038112814006278",
      "created_at": "Tue Apr 02 11:19:00 +0000 2019",
      "favorited": false,
      "full_text": "Bristol harbour at 7am, mist on the water and a rowing eight coming out of it like a ghost ship. Worth the early alarm. #bristol https://t.co/F14006278x",
      "lang": "en",
      "extended_entities": {
        "media": [
          {
            "url": "https://t.co/F14006278x",
            "media_url_https": "https://pbs.twimg.com/media/F14006278x.jpg",
            "type": "photo",
            "id_str": "1113038112814006278",
            "ext_alt_text": "Photo: boats moored in a harbour under a pale morning sky"
          }
        ]
      }
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1107977768924086277"
          ],
          "editableUntil": "2019-03-19T13:11:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "31"
      ],
      "favorite_count": "1",
      "id_str": "1107977768924086277",
      "truncated": false,
      "retweet_count": "0",
      "id": "1107977768924086277",
      "created_at": "Tue Mar 19 12:11:00 +0000 2019",
      "favorited": false,
      "full_text": "4. Always bring a second torch.",
      "lang": "en",
      "in_reply_to_status_id_str": "1107975503999926277",
      "in_reply_to_status_id": "1107975503999926277",
      "in_reply_to_screen_name": "robin_ashby",
      "in_reply_to_user_id_str": "4815162342"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1107975503999926277"
          ],
          "editableUntil": "2019-03-19T13:02:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "87"
      ],
      "favorite_count": "17",
      "id_str": "1107975503999926277",
      "truncated": false,
      "retweet_count": "2",
      "id": "1107975503999926277",
      "created_at": "Tue Mar 19 12:02:00 +0000 2019",
      "favorited": false,
      "full_text": "3. The drawings are a story someone told in 1974. The bridge is what actually happened.",
      "lang": "en",
      "in_reply_to_status_id_str": "1107973742392246277",
      "in_reply_to_status_id": "1107973742392246277",
      "in_reply_to_screen_name": "robin_ashby",
      "in_reply_to_user_id_str": "4815162342"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1107973742392246277"
          ],
          "editableUntil": "2019-03-19T12:55:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "87"
      ],
      "favorite_count": "10",
      "id_str": "1107973742392246277",
      "truncated": false,
      "retweet_count": "4",
      "id": "1107973742392246277",
      "created_at": "Tue Mar 19 11:55:00 +0000 2019",
      "favorited": false,
      "full_text": "2. Paint hides a lot. The worst corrosion I ever found was under the neatest paint job.",
      "lang": "en",
      "in_reply_to_status_id_str": "1107972484101046277",
      "in_reply_to_status_id": "1107972484101046277",
      "in_reply_to_screen_name": "robin_ashby",
      "in_reply_to_user_id_str": "4815162342"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1107972484101046277"
          ],
          "editableUntil": "2019-03-19T12:50:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "38"
      ],
      "favorite_count": "3",
      "id_str": "1107972484101046277",
      "truncated": false,
      "retweet_count": "1",
      "id": "1107972484101046277",
      "created_at": "Tue Mar 19 11:50:00 +0000 2019",
      "favorited": false,
      "full_text": "1. Pigeons get everywhere. Everywhere.",
      "lang": "en",
      "in_reply_to_status_id_str": "1107971729126326277",
      "in_reply_to_status_id": "1107971729126326277",
      "in_reply_to_screen_name": "robin_ashby",
      "in_reply_to_user_id_str": "4815162342"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1107971729126326277"
          ],
          "editableUntil": "2019-03-19T12:47:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "57"
      ],
      "favorite_count": "19",
      "id_str": "1107971729126326277",
      "truncated": false,
      "retweet_count": "3",
      "id": "1107971729126326277",
      "created_at": "Tue Mar 19 11:47:00 +0000 2019",
      "favorited": false,
      "full_text": "Things a bridge inspection teaches you, a short thread 🧵",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1103369654891446276"
          ],
          "editableUntil": "2019-03-06T20:00:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "lena_f",
            "screen_name": "lena_f",
            "indices": [
              "0",
              "7"
            ],
            "id_str": "1006",
            "id": "1006"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "12",
      "id_str": "1103369654891446276",
      "truncated": false,
      "retweet_count": "0",
      "id": "1103369654891446276",
      "created_at": "Wed Mar 06 19:00:00 +0000 2019",
      "favorited": false,
      "full_text": "@lena_f booked! Lisbon in May. You are in charge of trams, I am in charge of pastries.",
      "lang": "en",
      "in_reply_to_status_id_str": "1103357826954166276",
      "in_reply_to_status_id": "1103357826954166276",
      "in_reply_to_screen_name": "lena_f",
      "in_reply_to_user_id_str": "1006"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100534473159606275"
          ],
          "editableUntil": "2019-02-27T00:14:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "107"
      ],
      "favorite_count": "5",
      "id_str": "1100534473159606275",
      "truncated": false,
      "retweet_count": "2",
      "id": "1100534473159606275",
      "created_at": "Tue Feb 26 23:14:00 +0000 2019",
      "favorited": false,
      "full_text": "Update: the consensus is \"all waterproof trousers sound like crisp packets, accept it\". Thank you, I think.",
      "lang": "en",
      "in_reply_to_status_id_str": "1100323080238006275",
      "in_reply_to_status_id": "1100323080238006275",
      "in_reply_to_screen_name": "robin_ashby",
      "in_reply_to_user_id_str": "4815162342"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1100323080238006275"
          ],
          "editableUntil": "2019-02-26T10:14:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "119"
      ],
      "favorite_count": "21",
      "id_str": "1100323080238006275",
      "truncated": false,
      "retweet_count": "4",
      "id": "1100323080238006275",
      "created_at": "Tue Feb 26 09:14:00 +0000 2019",
      "favorited": false,
      "full_text": "Anyone in Bristol got a good recommendation for waterproof trousers that don’t sound like a crisp packet when you walk?",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1092050067256246274"
          ],
          "editableUntil": "2019-02-03T14:20:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "baking",
            "indices": [
              "88",
              "95"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": [],
        "media": [
          {
            "url": "https://t.co/F56246274x",
            "media_url_https": "https://pbs.twimg.com/media/F56246274x.jpg",
            "type": "photo",
            "id_str": "1092050067256246274",
            "ext_alt_text": "Photo: a dark-crusted sourdough loaf on a board"
          }
        ]
      },
      "display_text_range": [
        "0",
        "95"
      ],
      "favorite_count": "14",
      "id_str": "1092050067256246274",
      "truncated": false,
      "retweet_count": "1",
      "id": "1092050067256246274",
      "created_at": "Sun Feb 03 13:20:00 +0000 2019",
      "favorited": false,
      "full_text": "My sourdough starter doubled overnight and I am irrationally proud. His name is Gerald. #baking https://t.co/F56246274x",
      "lang": "en",
      "extended_entities": {
        "media": [
          {
            "url": "https://t.co/F56246274x",
            "media_url_https": "https://pbs.twimg.com/media/F56246274x.jpg",
            "type": "photo",
            "id_str": "1092050067256246274",
            "ext_alt_text": "Photo: a dark-crusted sourdough loaf on a board"
          }
        ]
      }
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1089639936291766273"
          ],
          "editableUntil": "2019-01-27T22:43:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "walking",
            "indices": [
              "102",
              "110"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "110"
      ],
      "favorite_count": "7",
      "id_str": "1089639936291766273",
      "truncated": false,
      "retweet_count": "3",
      "id": "1089639936291766273",
      "created_at": "Sun Jan 27 21:43:00 +0000 2019",
      "favorited": false,
      "full_text": "Resolution update: two walks, two weekends, both in the rain. The Downs in a gale are something else. #walking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1084775885829046272"
          ],
          "editableUntil": "2019-01-14T12:35:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "114"
      ],
      "favorite_count": "0",
      "id_str": "1084775885829046272",
      "truncated": false,
      "retweet_count": "0",
      "id": "1084775885829046272",
      "created_at": "Mon Jan 14 11:35:00 +0000 2019",
      "favorited": false,
      "full_text": "Monday. The kettle in the site office has a sign on it that says \"DO NOT DESCALE\". Nobody knows why. Nobody dares.",
      "lang": "en"
    }
  }
]
