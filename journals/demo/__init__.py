"""Demo data for Leeszaal: an invented publisher with four journals, issues, articles and PDFs.

``content`` holds the hand-written Dutch texts, ``plan`` composes them deterministically into
issues and articles, ``pdf`` renders an article as a PDF, and ``load`` writes it all to the
database idempotently. The ``load_demo`` management command is the way in.
"""
