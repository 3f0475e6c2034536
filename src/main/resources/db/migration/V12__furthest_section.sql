-- The furthest section a student has moved to: going back to the first section does not undo
-- having started reading, which closes the poll before reading.
alter table participant add column furthest_section integer default 0 not null;
update participant set furthest_section = current_section;
