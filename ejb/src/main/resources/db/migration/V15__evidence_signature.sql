-- The digital signatures (PAdES / CMS) read from an uploaded PDF supporting document, one row per
-- signature in the order of the document's signature fields. Owner in code: vn.parindex.evidence.Evidence
-- (its element collection of vn.parindex.evidence.DocumentSignature). Read at upload; documents
-- uploaded before this migration have none until uploaded again. Runs on PostgreSQL and on H2 in
-- PostgreSQL mode.
create table evidence_signature (
    evidence_id            bigint                   not null references evidence (id) on delete cascade,
    position               integer                  not null,
    signer_name            varchar(200),
    organisation           varchar(200),
    signed_at              timestamp with time zone,
    covers_whole_document  boolean                  not null,
    modified_after_signing boolean                  not null,
    integrity_valid        boolean                  not null,
    -- false: a signature is there but its CMS structure could not be read
    readable               boolean                  not null,
    constraint pk_evidence_signature primary key (evidence_id, position)
);
