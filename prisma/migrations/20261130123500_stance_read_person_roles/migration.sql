-- manual
-- A person's stance rows are marked updated (StanceRead."updatedAt", migration *_stance_read_updated_at) when what
-- they export about the speaker changes: a rename, a new page address, a deletion or a merge (Person), or a change
-- of their roles (PersonRole: an approved role correction, or an edit of someone without published quotes). No
-- longer on every bump of Person.version, which an alias or a description edit also makes: those change nothing
-- the rows export. A role change bumps the version before it touches the roles (lib/people/person-lock.ts), so the
-- refresh reads the person's new "updatedAt".

CREATE OR REPLACE FUNCTION "stance_read_person_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "stance_read_refresh"(ARRAY(
    SELECT DISTINCT q."statementId"
      FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN "Quote" q ON q."speakerId" = n.id
     WHERE (n.name, n.slug, n."deletedAt", n."mergedIntoId")
           IS DISTINCT FROM (o.name, o.slug, o."deletedAt", o."mergedIntoId")));
  RETURN NULL;
END $$;

-- One function for the three statements: each branch reads only the transition tables its statement has.
CREATE FUNCTION "stance_read_person_role_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  people integer[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    people := ARRAY(SELECT DISTINCT "personId" FROM new_rows);
  ELSIF TG_OP = 'DELETE' THEN
    people := ARRAY(SELECT DISTINCT "personId" FROM old_rows);
  ELSE
    people := ARRAY(SELECT "personId" FROM new_rows UNION SELECT "personId" FROM old_rows);
  END IF;
  PERFORM "stance_read_refresh"(ARRAY(
    SELECT DISTINCT q."statementId" FROM "Quote" q WHERE q."speakerId" = ANY (people)));
  RETURN NULL;
END $$;

CREATE TRIGGER "stance_read_person_role_insert" AFTER INSERT ON "PersonRole" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "stance_read_person_role_change"();
CREATE TRIGGER "stance_read_person_role_update" AFTER UPDATE ON "PersonRole" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "stance_read_person_role_change"();
CREATE TRIGGER "stance_read_person_role_delete" AFTER DELETE ON "PersonRole" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "stance_read_person_role_change"();
