-- An office abolished or merged is deactivated rather than deleted when anything refers to it
-- (assignments, evidence, accounts). Owner in code: vn.parindex.organisation.Office.
alter table office add column active boolean default true not null;
