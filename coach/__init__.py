"""Reply Coach: practise customer-support replies with explainable, trainer-authored scoring."""

__version__ = "0.1.0"
