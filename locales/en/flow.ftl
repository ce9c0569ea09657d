# The conversation kit: what every flow says the same way.
flow-cancelled = Stopped. Nothing more was saved.
flow-stale-button = That button is from an earlier step.
flow-skip = ⏭ Skip
flow-skipped = ⏭ skipped
flow-went-back = ◀️ back
flow-back = ◀️ Back
flow-cancel = ✖️ Cancel
flow-keep = ✔️ Keep: { $answer }
flow-done = ✔️ Done
flow-pick-one = Tick at least one first.
flow-chosen =
    { $question }
    ✅ { $answer }
flow-use-buttons = Please choose with the buttons under the question, or send /cancel to stop.
flow-need-text = Please answer with a text message, up to { NUMBER($max, useGrouping: "min2") } { $max ->
        [one] character
       *[other] characters
    }, or send /cancel to stop.
flow-too-long = That is { NUMBER($length, useGrouping: "min2") } { $length ->
        [one] character
       *[other] characters
    }; the limit is { NUMBER($max, useGrouping: "min2") }. Please shorten it and send it again.
flow-bad-date = I could not read that date. Write it as { -day-formats }.
flow-bad-number = Please send a whole number from { $min } to { $max }.
