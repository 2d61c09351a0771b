"""``python -m outline`` runs the command line."""
from .cli import run

run()
