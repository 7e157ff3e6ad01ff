-- Accounts, continued: a second factor being set up, and when an account last signed in.

-- The TOTP secret shown to the person while they set up (or replace) their second factor,
-- sealed like the enrolled one; it replaces `totp_secret_sealed` once they type a code it makes.
alter table users add column totp_pending_sealed text;
-- The last complete sign-in (password, and the second factor when there is one).
alter table users add column last_sign_in_at timestamptz;
