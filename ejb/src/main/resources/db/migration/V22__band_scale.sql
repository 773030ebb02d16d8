-- A version's classification bands are given in points of the total (every version so far) or in
-- percent of its maximum, as the national ranking of 2024 gives its groups (A from 90 %, B from
-- 80 %). Runs on PostgreSQL and on H2 in PostgreSQL mode.
-- Owners in code: vn.parindex.catalogue.IndexVersion (bandScale), vn.parindex.catalogue.Banding.

alter table index_version add column band_scale varchar(8) default 'POINTS' not null;
alter table index_version add constraint ck_index_version_band_scale
    check (band_scale in ('POINTS', 'PERCENT'));
