window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1587395020846006349"
          ],
          "editableUntil": "2022-11-01T11:44:00.000Z",
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
      "id_str": "1587395020846006349",
      "truncated": false,
      "retweet_count": "2",
      "id": "1587395020846006349",
      "created_at": "Tue Nov 01 10:44:00 +0000 2022",
      "favorited": false,
      "full_text": "November. The allotment is all mud and kale and the last green tomatoes ripening on the windowsill.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1469015236408246348"
          ],
          "editableUntil": "2021-12-09T19:45:00.000Z",
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
        "129"
      ],
      "favorite_count": "6",
      "id_str": "1469015236408246348",
      "truncated": false,
      "retweet_count": "4",
      "id": "1469015236408246348",
      "created_at": "Thu Dec 09 18:45:00 +0000 2021",
      "favorited": false,
      "full_text": "Office Christmas lunch, the first in two years. Crackers, paper hats, Dev in a reindeer jumper. Nobody mentioned deflection once.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1335148403880886347"
          ],
          "editableUntil": "2020-12-05T10:06:00.000Z",
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
        "123"
      ],
      "favorite_count": "22",
      "id_str": "1335148403880886347",
      "truncated": false,
      "retweet_count": "1",
      "id": "1335148403880886347",
      "created_at": "Sat Dec 05 09:06:00 +0000 2020",
      "favorited": false,
      "full_text": "Mum has learned to send voice notes. I now receive a three-minute voice note every morning about the weather in her garden.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1201561415316406346"
          ],
          "editableUntil": "2019-12-02T18:59:00.000Z",
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
              "160",
              "168"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "168"
      ],
      "favorite_count": "15",
      "id_str": "1201561415316406346",
      "truncated": false,
      "retweet_count": "3",
      "id": "1201561415316406346",
      "created_at": "Mon Dec 02 17:59:00 +0000 2019",
      "favorited": false,
      "full_text": "Advent calendar of bridges at work: someone has stuck a photo of a different bridge on the kitchen door every morning. Day 2 is the Forth Bridge. Strong start. #bridges",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1583729115263926345"
          ],
          "editableUntil": "2022-10-22T08:57:00.000Z",
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
      "favorite_count": "8",
      "id_str": "1583729115263926345",
      "truncated": false,
      "retweet_count": "0",
      "id": "1583729115263926345",
      "created_at": "Sat Oct 22 07:57:00 +0000 2022",
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
            "1543260960322486344"
          ],
          "editableUntil": "2022-07-02T16:51:00.000Z",
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
      "favorite_count": "1",
      "id_str": "1543260960322486344",
      "truncated": false,
      "retweet_count": "2",
      "id": "1543260960322486344",
      "created_at": "Sat Jul 02 15:51:00 +0000 2022",
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
            "1542428474864566343"
          ],
          "editableUntil": "2022-06-30T09:43:00.000Z",
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
      "favorite_count": "17",
      "id_str": "1542428474864566343",
      "truncated": false,
      "retweet_count": "4",
      "id": "1542428474864566343",
      "created_at": "Thu Jun 30 08:43:00 +0000 2022",
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
            "1495840494842806342"
          ],
          "editableUntil": "2022-02-21T20:19:00.000Z",
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
      "favorite_count": "10",
      "id_str": "1495840494842806342",
      "truncated": false,
      "retweet_count": "1",
      "id": "1495840494842806342",
      "created_at": "Mon Feb 21 19:19:00 +0000 2022",
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
            "1469375611007926341"
          ],
          "editableUntil": "2021-12-10T19:37:00.000Z",
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
      "favorite_count": "3",
      "id_str": "1469375611007926341",
      "truncated": false,
      "retweet_count": "3",
      "id": "1469375611007926341",
      "created_at": "Fri Dec 10 18:37:00 +0000 2021",
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
            "1413921711190966340"
          ],
          "editableUntil": "2021-07-10T19:03:00.000Z",
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
      "favorite_count": "19",
      "id_str": "1413921711190966340",
      "truncated": false,
      "retweet_count": "0",
      "id": "1413921711190966340",
      "created_at": "Sat Jul 10 18:03:00 +0000 2021",
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
            "1396397741306806339"
          ],
          "editableUntil": "2021-05-23T10:29:00.000Z",
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
      "favorite_count": "12",
      "id_str": "1396397741306806339",
      "truncated": false,
      "retweet_count": "2",
      "id": "1396397741306806339",
      "created_at": "Sun May 23 09:29:00 +0000 2021",
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
            "1357601100395446338"
          ],
          "editableUntil": "2021-02-05T09:05:00.000Z",
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
      "favorite_count": "5",
      "id_str": "1357601100395446338",
      "truncated": false,
      "retweet_count": "4",
      "id": "1357601100395446338",
      "created_at": "Fri Feb 05 08:05:00 +0000 2021",
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
            "1349280524006326337"
          ],
          "editableUntil": "2021-01-13T10:02:00.000Z",
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
      "favorite_count": "21",
      "id_str": "1349280524006326337",
      "truncated": false,
      "retweet_count": "1",
      "id": "1349280524006326337",
      "created_at": "Wed Jan 13 09:02:00 +0000 2021",
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
            "1303638778966966336"
          ],
          "editableUntil": "2020-09-09T11:18:00.000Z",
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
      "favorite_count": "14",
      "id_str": "1303638778966966336",
      "truncated": false,
      "retweet_count": "3",
      "id": "1303638778966966336",
      "created_at": "Wed Sep 09 10:18:00 +0000 2020",
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
            "1262819560780726335"
          ],
          "editableUntil": "2020-05-19T19:57:00.000Z",
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
      "favorite_count": "7",
      "id_str": "1262819560780726335",
      "truncated": false,
      "retweet_count": "0",
      "id": "1262819560780726335",
      "created_at": "Tue May 19 18:57:00 +0000 2020",
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
            "1253613147386806334"
          ],
          "editableUntil": "2020-04-24T10:14:00.000Z",
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
      "favorite_count": "0",
      "id_str": "1253613147386806334",
      "truncated": false,
      "retweet_count": "2",
      "id": "1253613147386806334",
      "created_at": "Fri Apr 24 09:14:00 +0000 2020",
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
            "1229325862302646333"
          ],
          "editableUntil": "2020-02-17T09:45:00.000Z",
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
      "favorite_count": "16",
      "id_str": "1229325862302646333",
      "truncated": false,
      "retweet_count": "4",
      "id": "1229325862302646333",
      "created_at": "Mon Feb 17 08:45:00 +0000 2020",
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
            "1220381676794806332"
          ],
          "editableUntil": "2020-01-23T17:24:00.000Z",
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
      "favorite_count": "9",
      "id_str": "1220381676794806332",
      "truncated": false,
      "retweet_count": "1",
      "id": "1220381676794806332",
      "created_at": "Thu Jan 23 16:24:00 +0000 2020",
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
            "1206916451005366331"
          ],
          "editableUntil": "2019-12-17T13:38:00.000Z",
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
      "favorite_count": "2",
      "id_str": "1206916451005366331",
      "truncated": false,
      "retweet_count": "3",
      "id": "1206916451005366331",
      "created_at": "Tue Dec 17 12:38:00 +0000 2019",
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
            "1200755102315446330"
          ],
          "editableUntil": "2019-11-30T13:35:00.000Z",
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
      "favorite_count": "18",
      "id_str": "1200755102315446330",
      "truncated": false,
      "retweet_count": "0",
      "id": "1200755102315446330",
      "created_at": "Sat Nov 30 12:35:00 +0000 2019",
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
            "1183644103603126329"
          ],
          "editableUntil": "2019-10-14T08:22:00.000Z",
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
      "favorite_count": "11",
      "id_str": "1183644103603126329",
      "truncated": false,
      "retweet_count": "2",
      "id": "1183644103603126329",
      "created_at": "Mon Oct 14 07:22:00 +0000 2019",
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
            "1156918753489846328"
          ],
          "editableUntil": "2019-08-01T14:25:00.000Z",
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
      "favorite_count": "4",
      "id_str": "1156918753489846328",
      "truncated": false,
      "retweet_count": "4",
      "id": "1156918753489846328",
      "created_at": "Thu Aug 01 13:25:00 +0000 2019",
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
            "1151412219540406327"
          ],
          "editableUntil": "2019-07-17T09:44:00.000Z",
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
      "favorite_count": "20",
      "id_str": "1151412219540406327",
      "truncated": false,
      "retweet_count": "1",
      "id": "1151412219540406327",
      "created_at": "Wed Jul 17 08:44:00 +0000 2019",
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
            "1116258079994806326"
          ],
          "editableUntil": "2019-04-11T09:34:00.000Z",
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
      "favorite_count": "13",
      "id_str": "1116258079994806326",
      "truncated": false,
      "retweet_count": "3",
      "id": "1116258079994806326",
      "created_at": "Thu Apr 11 08:34:00 +0000 2019",
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
            "1108831896990646325"
          ],
          "editableUntil": "2019-03-21T21:45:00.000Z",
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
      "favorite_count": "6",
      "id_str": "1108831896990646325",
      "truncated": false,
      "retweet_count": "0",
      "id": "1108831896990646325",
      "created_at": "Thu Mar 21 20:45:00 +0000 2019",
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
            "1095236060574646324"
          ],
          "editableUntil": "2019-02-12T09:20:00.000Z",
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
      "favorite_count": "22",
      "id_str": "1095236060574646324",
      "truncated": false,
      "retweet_count": "2",
      "id": "1095236060574646324",
      "created_at": "Tue Feb 12 08:20:00 +0000 2019",
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
            "1088409327498166323"
          ],
          "editableUntil": "2019-01-24T13:13:00.000Z",
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
      "favorite_count": "15",
      "id_str": "1088409327498166323",
      "truncated": false,
      "retweet_count": "4",
      "id": "1088409327498166323",
      "created_at": "Thu Jan 24 12:13:00 +0000 2019",
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
            "1594002056278966322"
          ],
          "editableUntil": "2022-11-19T17:18:00.000Z",
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
      "favorite_count": "8",
      "id_str": "1594002056278966322",
      "truncated": false,
      "retweet_count": "1",
      "id": "1594002056278966322",
      "created_at": "Sat Nov 19 16:18:00 +0000 2022",
      "favorited": false,
      "full_text": "Will keep this account so nobody takes the name, but I won’t be reading it. Come and say hello over there.",
      "lang": "en",
      "in_reply_to_status_id_str": "1594001301304246322",
      "in_reply_to_status_id": "1594001301304246322",
      "in_reply_to_screen_name": "robin_ashby",
      "in_reply_to_user_id_str": "4815162342"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1594001301304246322"
          ],
          "editableUntil": "2022-11-19T17:15:00.000Z",
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
      "favorite_count": "1",
      "id_str": "1594001301304246322",
      "truncated": false,
      "retweet_count": "3",
      "id": "1594001301304246322",
      "created_at": "Sat Nov 19 16:15:00 +0000 2022",
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
            "1584113649054646321"
          ],
          "editableUntil": "2022-10-23T10:25:00.000Z",
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
      "favorite_count": "17",
      "id_str": "1584113649054646321",
      "truncated": false,
      "retweet_count": "0",
      "id": "1584113649054646321",
      "created_at": "Sun Oct 23 09:25:00 +0000 2022",
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
            "1565355043845046320"
          ],
          "editableUntil": "2022-09-01T16:05:00.000Z",
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
      "favorite_count": "10",
      "id_str": "1565355043845046320",
      "truncated": false,
      "retweet_count": "2",
      "id": "1565355043845046320",
      "created_at": "Thu Sep 01 15:05:00 +0000 2022",
      "favorited": false,
      "full_text": "@ama_builds you were right about the bearing detail and I owe you a coffee. Two coffees.",
      "lang": "en",
      "in_reply_to_status_id_str": "1565343215907766320",
      "in_reply_to_status_id": "1565343215907766320",
      "in_reply_to_screen_name": "ama_builds",
      "in_reply_to_user_id_str": "1010"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1558206691537846319"
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
            "url": "https://t.co/F37846319x",
            "media_url_https": "https://pbs.twimg.com/media/F37846319x.jpg",
            "type": "photo",
            "id_str": "1558206691537846319",
            "ext_alt_text": "Photo: steep peaks rising out of a still fjord"
          }
        ]
      },
      "display_text_range": [
        "0",
        "107"
      ],
      "favorite_count": "3",
      "id_str": "1558206691537846319",
      "truncated": false,
      "retweet_count": "4",
      "id": "1558206691537846319",
      "created_at": "Fri Aug 12 21:40:00 +0000 2022",
      "favorited": false,
      "full_text": "Top of Reinebringen at midnight and it is still light. Lofoten is unfair on the rest of the planet. #norway https://t.co/F37846319x",
      "lang": "en",
      "extended_entities": {
        "media": [
          {
            "url": "https://t.co/F37846319x",
            "media_url_https": "https://pbs.twimg.com/media/F37846319x.jpg",
            "type": "photo",
            "id_str": "1558206691537846319",
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
            "1557456749982646318"
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
      "favorite_count": "19",
      "id_str": "1557456749982646318",
      "truncated": false,
      "retweet_count": "1",
      "id": "1557456749982646318",
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
            "1538866755793846317"
          ],
          "editableUntil": "2022-06-20T13:50:00.000Z",
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
      "favorite_count": "12",
      "id_str": "1538866755793846317",
      "truncated": false,
      "retweet_count": "3",
      "id": "1538866755793846317",
      "created_at": "Mon Jun 20 12:50:00 +0000 2022",
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
            "1527986311787446316"
          ],
          "editableUntil": "2022-05-21T13:15:00.000Z",
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
      "favorite_count": "5",
      "id_str": "1527986311787446316",
      "truncated": false,
      "retweet_count": "0",
      "id": "1527986311787446316",
      "created_at": "Sat May 21 12:15:00 +0000 2022",
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
            "1515253663134646315"
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
      "favorite_count": "21",
      "id_str": "1515253663134646315",
      "truncated": false,
      "retweet_count": "2",
      "id": "1515253663134646315",
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
            "1504901701432246314"
          ],
          "editableUntil": "2022-03-18T20:25:00.000Z",
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
      "favorite_count": "14",
      "id_str": "1504901701432246314",
      "truncated": false,
      "retweet_count": "4",
      "id": "1504901701432246314",
      "created_at": "Fri Mar 18 19:25:00 +0000 2022",
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
            "1494612402631606313"
          ],
          "editableUntil": "2022-02-18T10:59:00.000Z",
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
      "favorite_count": "7",
      "id_str": "1494612402631606313",
      "truncated": false,
      "retweet_count": "1",
      "id": "1494612402631606313",
      "created_at": "Fri Feb 18 09:59:00 +0000 2022",
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
            "1479772367877046312"
          ],
          "editableUntil": "2022-01-08T12:10:00.000Z",
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
      "favorite_count": "0",
      "id_str": "1479772367877046312",
      "truncated": false,
      "retweet_count": "3",
      "id": "1479772367877046312",
      "created_at": "Sat Jan 08 11:10:00 +0000 2022",
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
            "1473378235315126311"
          ],
          "editableUntil": "2021-12-21T20:42:00.000Z",
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
      "favorite_count": "16",
      "id_str": "1473378235315126311",
      "truncated": false,
      "retweet_count": "0",
      "id": "1473378235315126311",
      "created_at": "Tue Dec 21 19:42:00 +0000 2021",
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
            "1460274642416566310"
          ],
          "editableUntil": "2021-11-15T16:53:00.000Z",
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
      "favorite_count": "9",
      "id_str": "1460274642416566310",
      "truncated": false,
      "retweet_count": "2",
      "id": "1460274642416566310",
      "created_at": "Mon Nov 15 15:53:00 +0000 2021",
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
            "1444301138949046309"
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
      "favorite_count": "2",
      "id_str": "1444301138949046309",
      "truncated": false,
      "retweet_count": "4",
      "id": "1444301138949046309",
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
            "1434204862018486308"
          ],
          "editableUntil": "2021-09-04T18:21:00.000Z",
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
      "favorite_count": "18",
      "id_str": "1434204862018486308",
      "truncated": false,
      "retweet_count": "1",
      "id": "1434204862018486308",
      "created_at": "Sat Sep 04 17:21:00 +0000 2021",
      "favorited": false,
      "full_text": "Long thread from @lena_f about Hamburg’s bridges and I want it on record that Hamburg has more than Venice and Amsterdam combined.",
      "lang": "en",
      "in_reply_to_status_id_str": "1434193034081206308",
      "in_reply_to_status_id": "1434193034081206308",
      "in_reply_to_screen_name": "lena_f",
      "in_reply_to_user_id_str": "1006"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1427706794603446307"
          ],
          "editableUntil": "2021-08-17T20:00:00.000Z",
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
      "favorite_count": "11",
      "id_str": "1427706794603446307",
      "truncated": false,
      "retweet_count": "3",
      "id": "1427706794603446307",
      "created_at": "Tue Aug 17 19:00:00 +0000 2021",
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
            "1417207361172406306"
          ],
          "editableUntil": "2021-07-19T20:39:00.000Z",
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
      "favorite_count": "4",
      "id_str": "1417207361172406306",
      "truncated": false,
      "retweet_count": "0",
      "id": "1417207361172406306",
      "created_at": "Mon Jul 19 19:39:00 +0000 2021",
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
            "1403774095979446305"
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
      "favorite_count": "20",
      "id_str": "1403774095979446305",
      "truncated": false,
      "retweet_count": "2",
      "id": "1403774095979446305",
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
            "1383772802380726304"
          ],
          "editableUntil": "2021-04-18T14:22:00.000Z",
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
      "favorite_count": "13",
      "id_str": "1383772802380726304",
      "truncated": false,
      "retweet_count": "4",
      "id": "1383772802380726304",
      "created_at": "Sun Apr 18 13:22:00 +0000 2021",
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
            "1374474785387446303"
          ],
          "editableUntil": "2021-03-23T22:35:00.000Z",
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
      "favorite_count": "6",
      "id_str": "1374474785387446303",
      "truncated": false,
      "retweet_count": "1",
      "id": "1374474785387446303",
      "created_at": "Tue Mar 23 21:35:00 +0000 2021",
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
            "1364659862369206302"
          ],
          "editableUntil": "2021-02-24T20:34:00.000Z",
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
      "favorite_count": "22",
      "id_str": "1364659862369206302",
      "truncated": false,
      "retweet_count": "3",
      "id": "1364659862369206302",
      "created_at": "Wed Feb 24 19:34:00 +0000 2021",
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
            "1345306840396726301"
          ],
          "editableUntil": "2021-01-02T10:52:00.000Z",
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
      "favorite_count": "15",
      "id_str": "1345306840396726301",
      "truncated": false,
      "retweet_count": "0",
      "id": "1345306840396726301",
      "created_at": "Sat Jan 02 09:52:00 +0000 2021",
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
            "1342476943487926300"
          ],
          "editableUntil": "2020-12-25T15:27:00.000Z",
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
      "favorite_count": "8",
      "id_str": "1342476943487926300",
      "truncated": false,
      "retweet_count": "2",
      "id": "1342476943487926300",
      "created_at": "Fri Dec 25 14:27:00 +0000 2020",
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
            "1326825562567606299"
          ],
          "editableUntil": "2020-11-12T10:54:00.000Z",
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
      "favorite_count": "1",
      "id_str": "1326825562567606299",
      "truncated": false,
      "retweet_count": "4",
      "id": "1326825562567606299",
      "created_at": "Thu Nov 12 09:54:00 +0000 2020",
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
            "1321394777748406298"
          ],
          "editableUntil": "2020-10-28T11:14:00.000Z",
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
      "favorite_count": "17",
      "id_str": "1321394777748406298",
      "truncated": false,
      "retweet_count": "1",
      "id": "1321394777748406298",
      "created_at": "Wed Oct 28 10:14:00 +0000 2020",
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
            "1294665149445046297"
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
            "url": "https://t.co/F45046297x",
            "media_url_https": "https://pbs.twimg.com/media/F45046297x.jpg",
            "type": "photo",
            "id_str": "1294665149445046297",
            "ext_alt_text": "Photo: a turquoise sea and a sandy beach"
          }
        ]
      },
      "display_text_range": [
        "0",
        "73"
      ],
      "favorite_count": "10",
      "id_str": "1294665149445046297",
      "truncated": false,
      "retweet_count": "3",
      "id": "1294665149445046297",
      "created_at": "Sat Aug 15 16:00:00 +0000 2020",
      "favorited": false,
      "full_text": "St Ives. The sea is actually this colour. I thought postcards were lying. https://t.co/F45046297x",
      "lang": "en",
      "extended_entities": {
        "media": [
          {
            "url": "https://t.co/F45046297x",
            "media_url_https": "https://pbs.twimg.com/media/F45046297x.jpg",
            "type": "photo",
            "id_str": "1294665149445046297",
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
            "1281139525678006296"
          ],
          "editableUntil": "2020-07-09T09:14:00.000Z",
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
      "favorite_count": "3",
      "id_str": "1281139525678006296",
      "truncated": false,
      "retweet_count": "0",
      "id": "1281139525678006296",
      "created_at": "Thu Jul 09 08:14:00 +0000 2020",
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
            "1269225521279926295"
          ],
          "editableUntil": "2020-06-06T12:12:00.000Z",
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
      "favorite_count": "19",
      "id_str": "1269225521279926295",
      "truncated": false,
      "retweet_count": "2",
      "id": "1269225521279926295",
      "created_at": "Sat Jun 06 11:12:00 +0000 2020",
      "favorited": false,
      "full_text": "@samortega I will never forgive you for that pun and I will also be using it at work tomorrow",
      "lang": "en",
      "in_reply_to_status_id_str": "1269213693342646295",
      "in_reply_to_status_id": "1269213693342646295",
      "in_reply_to_screen_name": "samortega",
      "in_reply_to_user_id_str": "1009"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1256598065771446294"
          ],
          "editableUntil": "2020-05-02T15:55:00.000Z",
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
      "favorite_count": "12",
      "id_str": "1256598065771446294",
      "truncated": false,
      "retweet_count": "4",
      "id": "1256598065771446294",
      "created_at": "Sat May 02 14:55:00 +0000 2020",
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
            "1248547518673846293"
          ],
          "editableUntil": "2020-04-10T10:45:00.000Z",
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
      "favorite_count": "5",
      "id_str": "1248547518673846293",
      "truncated": false,
      "retweet_count": "1",
      "id": "1248547518673846293",
      "created_at": "Fri Apr 10 09:45:00 +0000 2020",
      "favorited": false,
      "full_text": "Went back today with @samortega. Apple blossom everywhere and not a single other person. Some good things are hiding in plain sight.",
      "lang": "en",
      "in_reply_to_status_id_str": "1248546763699126293",
      "in_reply_to_status_id": "1248546763699126293",
      "in_reply_to_screen_name": "robin_ashby",
      "in_reply_to_user_id_str": "4815162342"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1248546763699126293"
          ],
          "editableUntil": "2020-04-10T10:42:00.000Z",
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
      "favorite_count": "21",
      "id_str": "1248546763699126293",
      "truncated": false,
      "retweet_count": "3",
      "id": "1248546763699126293",
      "created_at": "Fri Apr 10 09:42:00 +0000 2020",
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
            "1243857112396726292"
          ],
          "editableUntil": "2020-03-28T12:07:00.000Z",
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
      "favorite_count": "14",
      "id_str": "1243857112396726292",
      "truncated": false,
      "retweet_count": "0",
      "id": "1243857112396726292",
      "created_at": "Sat Mar 28 11:07:00 +0000 2020",
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
            "1239995165045686291"
          ],
          "editableUntil": "2020-03-17T20:21:00.000Z",
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
      "favorite_count": "7",
      "id_str": "1239995165045686291",
      "truncated": false,
      "retweet_count": "2",
      "id": "1239995165045686291",
      "created_at": "Tue Mar 17 19:21:00 +0000 2020",
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
            "1228957434639286290"
          ],
          "editableUntil": "2020-02-16T09:21:00.000Z",
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
      "favorite_count": "0",
      "id_str": "1228957434639286290",
      "truncated": false,
      "retweet_count": "4",
      "id": "1228957434639286290",
      "created_at": "Sun Feb 16 08:21:00 +0000 2020",
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
            "1206229424010166289"
          ],
          "editableUntil": "2019-12-15T16:08:00.000Z",
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
      "id_str": "1206229424010166289",
      "truncated": false,
      "retweet_count": "1",
      "id": "1206229424010166289",
      "created_at": "Sun Dec 15 15:08:00 +0000 2019",
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
