-- Version 3: the unanswered-questions log, one JSON record a row (the format unanswered.jsonl had).

CREATE TABLE unanswered (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    record  TEXT NOT NULL
);
