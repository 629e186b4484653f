"""Running the checker over files: the layer between the API facade (``tqcheck.api``)
and the engine (``tqcheck.engine``).

- ``plan``: the files of a run and each one's configuration (config files, include/exclude)
- ``single``: one file: read, check whole or in chunks, inline suppressions
- ``parallel``: many files in forked worker processes, same output as a serial run
- ``fix``: one file's safe fixes, re-checked until none is left, written atomically
- ``driver``: the one driver (``check_paths``; ``fix_paths`` is the same run fixing)
- ``baseline``: record findings, report only new ones
- ``bigfile``, ``spill``: large plain-text files read chunk-wise from disk, their findings
  kept in temporary files (``spill.DiskStorage`` is the engine's storage for them)
- ``result``: ``RunResult``; ``atomic``: atomic file writes
"""
