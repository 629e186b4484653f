"""Measuring the checker (imported by the CLI only): detection against annotated gold
(``evaluate``) and real copy (``realcopy``), reference metrics (``reference``, sacrebleu)
and sentences rewritten with the suggestions (``rewrites``). Text output of all of them:
``render``."""
