-- The service's own Ed25519 key for signing session bundles, made once on first use when duality.bundles.signing-key
-- configures none, and kept here so every node of the service, and every restart, signs with the same key. One row.
CREATE TABLE bundle_signing_key (
    id          INTEGER     NOT NULL PRIMARY KEY CHECK (id = 1),
    private_key BYTEA       NOT NULL, -- PKCS#8
    public_key  BYTEA       NOT NULL, -- X.509 SubjectPublicKeyInfo
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
