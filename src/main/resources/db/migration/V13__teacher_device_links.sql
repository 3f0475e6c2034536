-- A teacher lets a student who lost their device back in: the LINK key also carries a short
-- code the student can type. Only its hash is stored, as for the link's token.
alter table participant_key add column code_hash varchar(64);
create index ix_participant_key_code on participant_key (code_hash);
