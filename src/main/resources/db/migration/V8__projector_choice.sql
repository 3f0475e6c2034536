-- What the classroom projector shows, chosen by the teacher on the dashboard: the join code,
-- one question's results (projector_question holds its key), the opinion shift, the wall or
-- the spotlighted argument. Every open projector window follows it.
alter table class_session add column projector_mode varchar(16) default 'CODE' not null;
alter table class_session add column projector_question varchar(40);
