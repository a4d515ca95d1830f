-- Timestamps are ISO 8601 UTC text; money is integer: satoshis for bitcoin, the minor unit for fiat.

CREATE TABLE users (
    id               TEXT PRIMARY KEY,
    username         TEXT NOT NULL,
    username_key     TEXT NOT NULL UNIQUE,
    email            TEXT NOT NULL,
    email_key        TEXT NOT NULL UNIQUE,
    password_hash    TEXT NOT NULL,
    session_version  INTEGER NOT NULL DEFAULT 0,
    created_at       TEXT NOT NULL
);

CREATE TABLE jobs (
    id                 TEXT PRIMARY KEY,
    client_id          TEXT NOT NULL REFERENCES users (id),
    freelancer_id      TEXT REFERENCES users (id),
    title              TEXT NOT NULL,
    description        TEXT NOT NULL,
    amount_fiat_minor  INTEGER NOT NULL CHECK (amount_fiat_minor > 0),
    fiat_currency      TEXT NOT NULL,
    amount_sats        INTEGER NOT NULL CHECK (amount_sats > 0),
    funded_sats        INTEGER NOT NULL DEFAULT 0 CHECK (funded_sats >= 0 AND funded_sats <= amount_sats),
    deadline           TEXT NOT NULL,
    status             TEXT NOT NULL CHECK (status IN
                           ('awaiting_funding', 'funded', 'submitted', 'approved', 'released', 'cancelled')),
    deliverable_note   TEXT,
    deliverable_url    TEXT,
    submitted_at       TEXT,
    version            INTEGER NOT NULL DEFAULT 0,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    CHECK (freelancer_id IS NULL OR freelancer_id <> client_id)
);
CREATE INDEX jobs_by_client ON jobs (client_id, created_at);
CREATE INDEX jobs_by_freelancer ON jobs (freelancer_id, created_at);
CREATE INDEX jobs_open ON jobs (created_at) WHERE freelancer_id IS NULL;

CREATE TABLE milestones (
    job_id       TEXT NOT NULL REFERENCES jobs (id),
    position     INTEGER NOT NULL,
    title        TEXT NOT NULL,
    amount_sats  INTEGER NOT NULL CHECK (amount_sats > 0),
    PRIMARY KEY (job_id, position)
);

CREATE TABLE job_events (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    job_id  TEXT NOT NULL REFERENCES jobs (id),
    status  TEXT NOT NULL,
    actor   TEXT NOT NULL,
    at      TEXT NOT NULL
);
CREATE INDEX job_events_by_job ON job_events (job_id, id);

CREATE TABLE invoices (
    id                  TEXT PRIMARY KEY,
    job_id              TEXT NOT NULL REFERENCES jobs (id),
    provider            TEXT NOT NULL,
    provider_reference  TEXT,
    payment_request     TEXT NOT NULL,
    payment_hash        TEXT NOT NULL,
    amount_sats         INTEGER NOT NULL CHECK (amount_sats > 0),
    received_sats       INTEGER,
    status              TEXT NOT NULL CHECK (status IN ('pending', 'paid', 'expired', 'failed')),
    expires_at          TEXT NOT NULL,
    created_at          TEXT NOT NULL,
    settled_at          TEXT
);
CREATE INDEX invoices_by_job ON invoices (job_id, created_at);
-- At most one pending invoice per job: two concurrent "fund" requests cannot both create one.
CREATE UNIQUE INDEX invoices_one_pending_per_job ON invoices (job_id) WHERE status = 'pending';

CREATE TABLE webhook_events (
    event_key    TEXT PRIMARY KEY,
    invoice_id   TEXT NOT NULL,
    received_at  TEXT NOT NULL
);

-- Double-entry ledger: the entries of a transaction sum to zero per asset.
-- (kind, reference) is the business key that makes each money movement happen at most once.
CREATE TABLE ledger_transactions (
    id           TEXT PRIMARY KEY,
    kind         TEXT NOT NULL,
    reference    TEXT NOT NULL,
    description  TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    UNIQUE (kind, reference)
);

CREATE TABLE ledger_entries (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    transaction_id  TEXT NOT NULL REFERENCES ledger_transactions (id),
    account         TEXT NOT NULL,
    asset           TEXT NOT NULL,
    amount          INTEGER NOT NULL CHECK (amount <> 0)
);
CREATE INDEX ledger_entries_by_account ON ledger_entries (account, asset);
CREATE INDEX ledger_entries_by_transaction ON ledger_entries (transaction_id);

CREATE TABLE conversions (
    id                 TEXT PRIMARY KEY,
    user_id            TEXT NOT NULL REFERENCES users (id),
    amount_sats        INTEGER NOT NULL CHECK (amount_sats > 0),
    currency           TEXT NOT NULL,
    rate               TEXT NOT NULL,
    amount_fiat_minor  INTEGER NOT NULL CHECK (amount_fiat_minor >= 0),
    rate_source        TEXT NOT NULL,
    rate_timestamp     TEXT NOT NULL,
    created_at         TEXT NOT NULL
);

CREATE TABLE withdrawals (
    id                  TEXT PRIMARY KEY,
    user_id             TEXT NOT NULL REFERENCES users (id),
    currency            TEXT NOT NULL,
    amount_minor        INTEGER NOT NULL CHECK (amount_minor > 0),
    destination         TEXT,
    status              TEXT NOT NULL CHECK (status IN ('pending', 'completed', 'failed')),
    provider            TEXT NOT NULL,
    provider_reference  TEXT,
    failure_reason      TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
CREATE INDEX withdrawals_by_status ON withdrawals (status);
