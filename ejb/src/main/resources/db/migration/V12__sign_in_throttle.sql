-- Recent failed sign-ins per user name as typed ('account:<name>', whether or not an account has
-- it) and per client address ('address:<ip>'), for the growing delay and the temporary lock.
-- A row goes on a successful sign-in, an administrator's unlock, or once forgotten.
-- Owner in code: vn.parindex.organisation.SignInAttempts.
create table sign_in_throttle (
    subject         varchar(200) primary key,
    failures        integer not null,
    last_failure_at timestamp with time zone not null,
    locked_until    timestamp with time zone
);
