-- The first response to each (user, Idempotency-Key) pair. The row commits in the same transaction as the
-- request's first write, so a key marks work that really happened; the response is stored right after.
CREATE TABLE idempotency_keys (
    user_id           TEXT NOT NULL REFERENCES users (id),
    idempotency_key   TEXT NOT NULL,
    request_hash      TEXT NOT NULL,
    response_status   INTEGER,
    response_type     TEXT,
    response_body     BLOB,
    created_at        TEXT NOT NULL,
    PRIMARY KEY (user_id, idempotency_key)
);

-- Provider reports about invoices whose row was not yet committed when the report arrived (the provider
-- can deliver a payment before the request that created the invoice has stored it). They are applied when
-- the invoice row is inserted; one that never finds its invoice is reported by verify-ledger.
CREATE TABLE early_payment_notices (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    invoice_id     TEXT NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('paid', 'expired', 'failed')),
    received_sats  INTEGER CHECK (received_sats > 0),
    received_at    TEXT NOT NULL
);
CREATE INDEX early_payment_notices_by_invoice ON early_payment_notices (invoice_id);
