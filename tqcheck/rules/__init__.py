"""Rule families (one package each) and the registry that lists them."""
from .registry import FAMILIES, Rule, all_rules, get_rule, rule, select_rules

__all__ = ["FAMILIES", "Rule", "all_rules", "get_rule", "rule", "select_rules"]
