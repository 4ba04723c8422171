-- Rests: the run of short rests since the party's last long rest (at 3, the next rest must be long).
alter table daggerheart_gm_state add column short_rests_in_a_row integer not null default 0;
