## Inbox
# Sent once when an update could not be handled because the database did not answer; it is retried.
inbox-delayed = ⏳ We have your message, but our database is briefly unavailable. You will get the answer as soon as it is back: no need to send it again.
