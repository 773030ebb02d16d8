-- The address notifications are sent to; optional, a user without one sees them in the portal
-- only. Owner in code: vn.parindex.organisation.UserAccount.
alter table user_account add column email varchar(254);
