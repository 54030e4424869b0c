-- GEN-3: letters as the body sends them.
-- Every letter now knows its case (the business key its processes carry: an application
-- number, a change report's or merger case's number), where it is mailed, and which letter
-- it corrects (GEN-1: a corrected letter is a new letter that names the one it replaces).
alter table letter add column case_key varchar(30);
alter table letter add column email_to varchar(200);
alter table letter add column replaces_letter_id bigint references letter (id);
alter table letter add column correction_reason varchar(1000);
update letter set case_key = coalesce(case_number,
    (select a.application_number from application a where a.id = letter.application_id));
create index ix_letter_case_key on letter (case_key);

-- The letter's PDF, rendered once from its record and its template and never changed:
-- written once, never updated (the product has no update of this table).
create table letter_pdf (
    letter_id    bigint       not null primary key references letter (id),
    content      bytea        not null,
    sha256       varchar(64)  not null,
    template     varchar(100) not null,
    pages        int          not null,
    rendered_at  timestamp with time zone not null
);

-- How a letter goes out: by mail (state PENDING, SENDING, SENT, FAILED) or on paper
-- (TO_POST, POSTED). One row per letter; the claim of a sending is a conditional update of
-- this row, so that two nodes, or a retry after a restart, never send a letter twice.
create table letter_delivery (
    letter_id        bigint        not null primary key references letter (id),
    channel          varchar(10)   not null,
    state            varchar(10)   not null,
    message_id       varchar(200)  not null,
    attempts         int           not null,
    claimed_at       timestamp with time zone,
    sent_at          timestamp with time zone,
    last_error       varchar(1000),
    post_reason      varchar(200),
    posted_on        date,
    post_method      varchar(40),
    tracking_number  varchar(60),
    posted_by        varchar(64)
);
