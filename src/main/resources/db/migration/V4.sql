-- Version 4: the 👍 / 👎 feedback (feedback.json before), with no user or chat ids.

-- Votes per FAQ entry id, e.g. ('fees', 12, 3).
CREATE TABLE feedback_tally (
    entry_id   TEXT PRIMARY KEY,
    helpful    INTEGER NOT NULL,
    unhelpful  INTEGER NOT NULL
);

-- Questions whose answer got a 👎: minute (ISO-8601, UTC), language code, masked question, entry shown.
CREATE TABLE feedback_unhelpful (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    minute    TEXT NOT NULL,
    lang      TEXT NOT NULL,
    question  TEXT NOT NULL,
    shown     TEXT NOT NULL
);
