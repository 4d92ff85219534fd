// Placeholder: the overview part of the schema (see issue 3).
