"""Demo data for Leeszaal: an invented publisher with four journals, issues, articles and PDFs.

``content`` holds the hand-written material (journals, people, themes, the seed article),
``lexicon`` each journal's vocabulary, ``prose`` composes each article's own text from them (with a
reference list from ``references``), ``plan`` lays the articles out in issues with page ranges
that follow their PDFs, ``pdf`` renders an article, ``jats`` writes it as a JATS 1.4 package, and
``load`` puts it all in the database through the JATS importer, idempotently. ``overlap`` measures
how much text the articles share. The ``load_demo`` management command is the way in.
"""
