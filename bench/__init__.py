"""Benchmarks: a deterministic corpus (``bench.corpus``), a load test under gunicorn (``bench.load``),
the address index (``bench.iplookup``), usage (``bench.usage``) and search (``bench.search``)."""
