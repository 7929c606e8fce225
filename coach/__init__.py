"""Reply Coach: practise customer-support replies with explainable, trainer-authored scoring."""

from coach.native import activate

__version__ = "0.1.0"

# Before any scoring module is imported: a current native build replaces them all, or none.
activate()
