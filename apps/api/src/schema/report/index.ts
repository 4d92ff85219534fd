// Placeholder: the report part of the schema (see issue 3).
