"""The encrypted case file: the only package that touches SQLCipher, SQLAlchemy and keys."""
