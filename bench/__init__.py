"""Benchmarks: a deterministic corpus (``bench.corpus``) and a load test under gunicorn (``bench.load``)."""
