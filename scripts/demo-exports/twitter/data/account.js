window.YTD.account.part0 = [
  {
    "account": {
      "email": "robin@example.org",
      "createdVia": "web",
      "username": "robin_ashby",
      "accountId": "4815162342",
      "createdAt": "2010-09-14T19:02:11.000Z",
      "accountDisplayName": "Robin Ashby"
    }
  }
]
