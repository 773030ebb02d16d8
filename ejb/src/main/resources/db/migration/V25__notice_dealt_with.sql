-- Owner: vn.parindex.assessment.OfficeNotice. A notice leaves the office's pages once it is dealt
-- with: a returned criterion saved again, or the office marking it done. V24 was set aside for a
-- parallel change that did not need it; Flyway accepts the gap.
alter table office_notice add column criterion_code varchar(40);
alter table office_notice add column dealt_at timestamp with time zone;
-- a plain index, not a partial one: the embedded H2 of the run command has no partial indexes
create index ix_office_notice_open on office_notice (office_id, assessment_id, dealt_at);
