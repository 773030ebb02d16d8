-- The day a timeliness criterion's work is due, relative to the assessed year N: 15/12/N-1 is day 15,
-- month 12, year offset -1. Optional per node; a node without one takes its nearest ancestor's.
-- Owner in code: vn.parindex.catalogue.Criterion (its embedded vn.parindex.catalogue.DueDate).
-- Runs on PostgreSQL and on H2 in PostgreSQL mode.
alter table criterion add column due_day integer;
alter table criterion add column due_month integer;
alter table criterion add column due_year_offset integer;
-- all three or none; 31/04 is left to the version's checks, which name the node
alter table criterion add constraint ck_criterion_due check (
    (due_day is null and due_month is null and due_year_offset is null)
    or (due_day between 1 and 31 and due_month between 1 and 12 and due_year_offset between -1 and 1));
