-- Versioned module content: one module per step, and versions of it per language, each holding
-- the whole module document as JSON (see content/modules/README.md). Written for both H2 and
-- PostgreSQL. TEXT is unbounded on PostgreSQL and up to 1,000,000 characters on H2; a module file
-- is about 20,000.
--
-- Keys come from sequences rather than identity columns: EclipseLink 4.0 reads an identity back
-- with CALL IDENTITY(), which H2 2.x no longer has (outside MODE=LEGACY). A sequence works the same
-- on both databases (NEXT VALUE FOR / nextval).

CREATE SEQUENCE module_content_id_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE module_content_version_id_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE module_content (
    id          BIGINT NOT NULL PRIMARY KEY,
    step_id     BIGINT NOT NULL UNIQUE REFERENCES step (id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A version is never changed once written: an edit adds a version. The current version of a
-- module in a language is its published version with the highest version_no.
CREATE TABLE module_content_version (
    id            BIGINT      NOT NULL PRIMARY KEY,
    module_id     BIGINT      NOT NULL REFERENCES module_content (id),
    language      VARCHAR(2)  NOT NULL,
    version_no    INTEGER     NOT NULL,
    content_json  TEXT        NOT NULL,
    -- SHA-256 of content_json, in hex: tells at a glance whether a file still matches.
    content_hash  VARCHAR(64) NOT NULL,
    -- REPOSITORY: loaded from the files shipped with the application; EDITOR: written in the app.
    source        VARCHAR(20) NOT NULL,
    published     BOOLEAN     NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT module_content_version_number UNIQUE (module_id, language, version_no)
);
CREATE INDEX module_content_version_current
    ON module_content_version (module_id, language, published, version_no);
