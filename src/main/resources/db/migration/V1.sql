-- Version 1 of the state store. Applied once, in one transaction; PRAGMA user_version records it.

-- Replies written before their update is confirmed to Telegram; state: pending, sent, given_up, expired.
CREATE TABLE outbox (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    update_id   INTEGER NOT NULL,
    chat_id     INTEGER NOT NULL,
    payload     TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    state       TEXT    NOT NULL DEFAULT 'pending',
    settled_at  INTEGER
);
CREATE INDEX outbox_state ON outbox (state, id);

-- Updates whose replies are in the outbox: a redelivery after a crash is skipped, not answered twice.
CREATE TABLE handled_update (
    update_id   INTEGER PRIMARY KEY,
    handled_at  INTEGER NOT NULL
);
CREATE INDEX handled_update_at ON handled_update (handled_at);

-- Chats whose settings differ from the defaults; lang is NULL when not set.
CREATE TABLE group_settings (
    chat_id         INTEGER PRIMARY KEY,
    lang            TEXT,
    listen          INTEGER NOT NULL,
    log_unanswered  INTEGER NOT NULL
);

-- One-off facts about this store, e.g. that group-settings.json was imported.
CREATE TABLE meta (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
