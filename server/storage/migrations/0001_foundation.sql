-- SPDX-License-Identifier: GPL-3.0-or-later
-- Server foundation: accounts, sessions and refresh tokens, the audit log, settings.
-- Each statement starts with a marker naming the engines it runs on (see storage/migrator.h).

-- @all
CREATE TABLE users (
    id {{pk}},
    phone TEXT UNIQUE,
    email TEXT UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    secret_hash TEXT NOT NULL,
    totp_secret TEXT,
    totp_enabled BOOLEAN NOT NULL DEFAULT FALSE,
    totp_last_step BIGINT NOT NULL DEFAULT 0,
    verified BOOLEAN NOT NULL DEFAULT FALSE,
    banned BOOLEAN NOT NULL DEFAULT FALSE,
    ban_reason TEXT,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    lockouts INTEGER NOT NULL DEFAULT 0,
    locked_until BIGINT NOT NULL DEFAULT 0,
    created_by BIGINT REFERENCES users(id),
    created_at BIGINT NOT NULL,
    CHECK (phone IS NOT NULL OR email IS NOT NULL)
)

-- @all
CREATE INDEX users_role ON users(role)

-- A session is one login on one device: the family of refresh tokens that login rotates through.
-- @all
CREATE TABLE sessions (
    id {{pk}},
    user_id BIGINT NOT NULL REFERENCES users(id),
    device_id TEXT NOT NULL,
    scope TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT,
    revoke_reason TEXT
)

-- @all
CREATE INDEX sessions_user ON sessions(user_id)

-- Only a hash of each refresh token is stored; used_at marks a rotated one (reuse = theft).
-- @all
CREATE TABLE refresh_tokens (
    id {{pk}},
    session_id BIGINT NOT NULL REFERENCES sessions(id),
    token_hash TEXT NOT NULL UNIQUE,
    issued_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
)

-- Ids are assigned by the writer (previous + 1) under a lock, so the chain has no gaps.
-- @all
CREATE TABLE audit_log (
    id BIGINT PRIMARY KEY,
    at_ms BIGINT NOT NULL,
    actor_id BIGINT,
    actor_role TEXT NOT NULL,
    op TEXT NOT NULL,
    target TEXT NOT NULL,
    before_json TEXT NOT NULL,
    after_json TEXT NOT NULL,
    device_id TEXT NOT NULL,
    ip TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
)

-- @all
CREATE INDEX audit_log_actor ON audit_log(actor_id)

-- @all
CREATE INDEX audit_log_op ON audit_log(op)

-- @all
CREATE INDEX audit_log_at ON audit_log(at_ms)

-- @sqlite
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END

-- @sqlite
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END

-- @postgres
CREATE FUNCTION boli_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END
$$

-- @postgres
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION boli_append_only()

-- @postgres
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION boli_append_only()

-- @all
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by BIGINT REFERENCES users(id)
)
