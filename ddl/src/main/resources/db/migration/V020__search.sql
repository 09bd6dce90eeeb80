-- Site search: the rules staff keep (synonyms, stop words, redirects, pinned / boosted / banned products per
-- query) and the search log (what shoppers searched, how many results, what they clicked). The index itself
-- lives on each node's disk, not here. Products are named by their URL name (slug), as staff know them.

CREATE SEQUENCE search_rule_seq START WITH 1000 INCREMENT BY 50;

-- SYNONYM: terms are the words of one group, comma-separated; STOP_WORD: terms is the word; both apply to
-- every query (query is NULL). REDIRECT: terms is the page's address; PIN, BOOST, BAN: terms are product
-- slugs, comma-separated, pins in their order; these apply to one query, as normalised (lower case, trimmed).
CREATE TABLE search_rule (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    kind            VARCHAR(20)              NOT NULL,
    query           VARCHAR(100),
    terms           VARCHAR(1000)            NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100)             NOT NULL,
    version         BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT ck_search_rule_kind CHECK (kind IN ('SYNONYM', 'STOP_WORD', 'REDIRECT', 'PIN', 'BOOST', 'BAN')),
    CONSTRAINT ck_search_rule_query CHECK (
        (kind IN ('SYNONYM', 'STOP_WORD') AND query IS NULL)
        OR (kind IN ('REDIRECT', 'PIN', 'BOOST', 'BAN') AND query IS NOT NULL))
);
CREATE INDEX ix_search_rule_query ON search_rule (query);

CREATE SEQUENCE search_log_seq START WITH 1000 INCREMENT BY 50;

-- One search a shopper made (the normalised query), what it found, and clicks on its results since.
CREATE TABLE search_log (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    query           VARCHAR(100)             NOT NULL,
    results         BIGINT                   NOT NULL,
    clicks          INTEGER                  NOT NULL DEFAULT 0,
    searched_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT ck_search_log_counts CHECK (results >= 0 AND clicks >= 0)
);
CREATE INDEX ix_search_log_time ON search_log (searched_at);
