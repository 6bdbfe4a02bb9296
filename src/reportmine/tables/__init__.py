"""Article records as pandas tables: one schema per table, checked on write."""
