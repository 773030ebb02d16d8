-- Who signs and how documents are headed, as data; an index version's period.
-- Owners in code: vn.parindex.organisation (office.head_title, unit_kind.letterhead_above),
-- vn.parindex.catalogue (index_version.period_until). Runs on PostgreSQL and on H2 in PostgreSQL mode.

-- The title above an office head's signature on the office's scorecard. A Văn phòng is headed by
-- its Chánh Văn phòng, every other office by its Trưởng phòng.
alter table office add column head_title varchar(200) default 'TRƯỞNG PHÒNG' not null;
update office set head_title = 'CHÁNH VĂN PHÒNG' where lower(name) like 'văn phòng%';

-- The line above the unit's name in the letterhead of every unit of the kind ("ỦY BAN NHÂN DÂN"
-- over "XÃ IA GRAI"); none: the unit's own superior body ("UBND TỈNH GIA LAI" over "SỞ TƯ PHÁP").
alter table unit_kind add column letterhead_above varchar(200);

-- The last year of the period an index version covers (2025–2030); none: its year only.
alter table index_version add column period_until integer;
