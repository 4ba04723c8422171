-- The first word of each line: a short column, so a long first word fails the projection on the database
-- (DeadLetterIT).
ALTER TABLE fable_tales ADD COLUMN opening VARCHAR(16);
