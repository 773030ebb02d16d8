-- An account's unit scope, independent of its office: a leader has a unit and no office, and a
-- role without a unit reaches nothing (an administrator's then reaches every unit).
-- Owner in code: vn.parindex.organisation.UserAccount (unit), read by vn.parindex.access.AccessPolicy.
alter table user_account add column unit_id bigint;
alter table user_account add constraint fk_user_account_unit
  foreign key (unit_id) references assessed_unit (id);
create index user_account_unit on user_account (unit_id);

update user_account u set unit_id = (select o.unit_id from office o where o.id = u.office_id)
 where u.office_id is not null;

-- A leader without an office used to see every unit. Where the installation has a single unit,
-- that is the unit they led; with several, an administrator places them.
update user_account u set unit_id = (select min(id) from assessed_unit)
 where u.unit_id is null
   and (select count(*) from assessed_unit) = 1
   and exists (select 1 from user_role r where r.user_id = u.id and r.role = 'LEADER');
