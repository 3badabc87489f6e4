-- Version 2: the /stats counters, kept across restarts.

-- One row per counter, e.g. ('questions.en', 120), ('topic.legality', 30); meta holds 'stats since'.
CREATE TABLE stat_counter (
    name   TEXT PRIMARY KEY,
    count  INTEGER NOT NULL
);
