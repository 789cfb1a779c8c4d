"""Who may use what: principals, keys, directives."""
