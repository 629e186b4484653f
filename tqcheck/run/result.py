"""The result of a run over many files: each file's result and configuration, input errors."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..config import Config
from ..engine import FileResult
from ..findings import Severity
from ..readers import InputError


@dataclass
class RunResult:
    files: list[FileResult] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    config: Config = field(default_factory=Config)
    configs: list[Config] = field(default_factory=list)  # per file, when config files differ
    baselined: int = 0    # findings dropped because the baseline records them

    def add(self, result: FileResult, config: Config) -> None:
        self.files.append(result)
        self.configs.append(config)

    def config_for(self, index: int) -> Config:
        """The configuration file ``index`` was checked with."""
        return self.configs[index] if index < len(self.configs) else self.config

    @property
    def suppressed(self) -> int:
        """Findings silenced by inline directives, over all files."""
        return sum(f.suppressed for f in self.files)

    @property
    def finding_count(self) -> int:
        return sum(len(f.findings) for f in self.files)

    def count_by_severity(self) -> dict[str, int]:
        counts = {s.value: 0 for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)}
        for f in self.files:
            for severity, n in f.severity_counts().items():
                counts[severity.value] += n
        return counts

    def failed(self) -> bool:
        """True when a finding reaches ``fail_on`` or a file scores below ``min_score``."""
        for i, f in enumerate(self.files):
            cfg = self.config_for(i)
            if any(n and cfg.fails(severity) for severity, n in f.severity_counts().items()):
                return True
            if cfg.min_score is not None and f.quality.score < cfg.min_score:
                return True
        return False

    def to_json(self, streamed: bool = False) -> dict:
        """The JSON report; with ``streamed`` the files and their findings are iterators
        (written one by one by ``report.json_report.write_json``)."""
        files = (f.to_json(streamed) for f in self.files)
        return {
            "version": 1,
            "files": files if streamed else list(files),
            "summary": {
                "files": len(self.files),
                "findings": self.finding_count,
                "errors": len(self.errors),
                "by_severity": self.count_by_severity(),
                "suppressed": self.suppressed,
                "baselined": self.baselined,
            },
            "input_errors": [{"path": e.path, "reason": e.reason} for e in self.errors],
        }
