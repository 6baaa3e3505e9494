-- issue 9: a password change or reset ends every other session of the account. Each signed-in session
-- remembers the generation it started under; a request whose session is older than the account's
-- generation is signed out. Kept in the database, so it holds on every node that shares sessions.
ALTER TABLE account ADD COLUMN credentials_generation INT NOT NULL DEFAULT 0;
