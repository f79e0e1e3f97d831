-- Lock-out that cannot be turned against its owner (docs/security.md item 5): a locked account with a second
-- factor still lets in its owner's password and code, so wrong codes after a right password are counted apart
-- and slow the second step down on their own.
ALTER TABLE plt_user ADD COLUMN failed_codes INT NOT NULL DEFAULT 0;
ALTER TABLE plt_user ADD COLUMN codes_locked_until TIMESTAMP NULL;
