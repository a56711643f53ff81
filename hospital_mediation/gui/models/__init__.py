"""Table models: one QAbstractTableModel per entity list, filtered and sorted by proxies."""
