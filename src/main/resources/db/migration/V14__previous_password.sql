-- The owner's own password before the current one, as a hash, so that a change back to it is
-- refused (the current one is refused already). Empty until the owner changes their own password.
alter table account add column previous_password_hash varchar(100);
