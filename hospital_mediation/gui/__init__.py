"""The desktop application: the only package that imports Qt (PySide6).

Screens are Designer forms (``ui/*.ui``) compiled into ``gui/forms`` by ``pyside6-uic``;
long work runs in :mod:`hospital_mediation.gui.workers`; the core reaches the GUI only
through return values, exceptions and progress callbacks.
"""
