-- Assessments are prepared before offices may work on them, name the Chairman's directive and the
-- province's guidance, and are unique per unit and year; the history records who holds each
-- criterion. Owners in code: vn.parindex.assessment.Assessment (status, directive_*, guidance_*,
-- uq_assessment_unit_year) and vn.parindex.assessment.ChangeRecord (criterion_id).

-- assessments that exist already are under way: they stay open
alter table assessment add column status varchar(12) default 'OPEN' not null;
alter table assessment alter column status drop default;

alter table assessment add column directive_number varchar(60);
alter table assessment add column directive_date date;
alter table assessment add column directive_issuer varchar(200);
alter table assessment add column guidance_number varchar(60);
alter table assessment add column guidance_date date;
alter table assessment add column guidance_issuer varchar(200);

alter table assessment add constraint uq_assessment_unit_year unique (unit_id, assessment_year);

-- assignment changes name the criterion, not the assignment row, which unassigning deletes
alter table change_record add column criterion_id bigint;
alter table change_record add constraint fk_change_record_criterion
    foreign key (criterion_id) references criterion (id);
create index ix_change_record_criterion on change_record (criterion_id, changed_at);
