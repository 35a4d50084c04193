window.YTD.account.part0 = [
  {
    "account": {
      "username": "robin_ashby",
      "accountId": "7",
      "accountDisplayName": "Robin Ashby",
      "createdAt": "2011-05-01T10:00:00.000Z"
    }
  }
]
