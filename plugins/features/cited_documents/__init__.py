"""The Party and State documents articles cite: detection, a page and a feed per document."""
