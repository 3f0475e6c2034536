-- How a class session runs: teacher-paced (live) or self-paced, and where the teacher's pacing is.
-- Sections are counted from the start: the first N are open, the first L locked, the first R revealed.
alter table class_session add column mode varchar(16) default 'SELF_PACED' not null;
alter table class_session add column open_sections int default 0 not null;
alter table class_session add column locked_sections int default 0 not null;
alter table class_session add column revealed_sections int default 0 not null;
alter table class_session add column closes_at timestamp(6) with time zone;
alter table class_session add column gate varchar(16) default 'OFF' not null;
-- When a student's tries run out on a wrong answer, show the right one (if they may see results).
alter table class_session add column show_answer_when_out boolean default true not null;
-- The argument wall: students see the class's arguments, without names, once the teacher opens it.
alter table class_session add column wall_open boolean default false not null;
-- Sessions from before pacing were self-paced: every section of their lesson is open.
update class_session set open_sections =
    (select count(*) from section s where s.revision_id = class_session.revision_id);
alter table class_session add constraint ck_session_mode check (mode in ('LIVE', 'SELF_PACED'));
alter table class_session add constraint ck_session_gate check (gate in ('OFF', 'ANSWERED', 'CORRECT'));
alter table class_session add constraint ck_session_pacing check (
    open_sections >= 0 and locked_sections between 0 and open_sections
    and revealed_sections between 0 and locked_sections);
