"""Reusable widgets built in code (dynamic parts the Designer forms host)."""
