-- Whether the wall shows who wrote each argument (off unless the teacher allows it).
alter table class_session add column wall_names boolean default false not null;
