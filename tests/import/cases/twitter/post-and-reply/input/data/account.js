window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "robin@example.org",
      "createdVia" : "web",
      "username" : "robin_ashby",
      "accountId" : "7",
      "createdAt" : "2011-05-01T10:00:00.000Z",
      "accountDisplayName" : "Robin Ashby"
    }
  }
]
