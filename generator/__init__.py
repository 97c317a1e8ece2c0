"""factsite: news articles -> YAML fact records -> a citable MkDocs site."""

__version__ = "0.1.0"
